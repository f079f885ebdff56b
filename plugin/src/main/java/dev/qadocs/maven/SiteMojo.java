package dev.qadocs.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;

/**
 * Builds the Q&amp;A site into the Maven site, beside maven-site-plugin's pages, when {@code mvn site} runs:
 * {@code target/site/qadocs} by default ({@code output} is not used by this goal). Bound to the {@code site}
 * phase, because {@code mvn site} stops there. Like {@code qadocs:build}, it replaces the folder whole on success
 * and leaves it alone on failure.
 */
@Mojo(name = "site", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class SiteMojo extends BuildMojo {

    /** The Maven site's output folder. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    protected File siteDirectory;

    /** The folder inside the Maven site that receives the Q&amp;A site; link to {@code <siteFolder>/index.html}. */
    @Parameter(property = "qadocs.siteFolder", defaultValue = "qadocs")
    protected String siteFolder;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path site = siteDirectory.getAbsoluteFile().toPath().normalize();
        Path target = site.resolve(siteFolder).normalize();
        if (siteFolder.isBlank() || !target.startsWith(site) || target.equals(site)) {
            throw new MojoExecutionException("qadocs: siteFolder '" + siteFolder
                    + "' must name a folder inside " + site + ", such as qadocs");
        }
        output = target.toFile();
        super.execute();
    }
}
