package dev.qadocs.maven;

import dev.qadocs.build.BuildFailedException;
import dev.qadocs.build.BuildOptions;
import dev.qadocs.build.BuildResult;
import dev.qadocs.build.SiteBuilder;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * Builds the Q&amp;A site into the Maven site, beside maven-site-plugin's pages, when {@code mvn site} runs:
 * {@code target/site/qadocs} by default. Bound to the {@code site} phase, because {@code mvn site} stops there.
 * The folder is replaced whole on success and left alone on failure, like {@code qadocs:build}'s output.
 */
@Mojo(name = "site", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class SiteMojo extends AbstractQadocsMojo {

    /** The Maven site's output folder. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    protected File siteDirectory;

    /** The folder inside the Maven site that receives the Q&amp;A site; link to {@code <siteFolder>/index.html}. */
    @Parameter(property = "qadocs.siteFolder", defaultValue = "qadocs")
    protected String siteFolder;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("qadocs: skipped");
            return;
        }
        try {
            BuildResult result = new SiteBuilder().build(options());
            logResult(result);
            getLog().info("qadocs: Q&A site written to " + target());
        } catch (BuildFailedException e) {
            throw failure(e);
        }
    }

    @Override
    protected BuildOptions options() throws MojoExecutionException {
        BuildOptions configured = super.options();
        return new BuildOptions(configured.source(), target().toPath(), configured.templateDirectory(),
                configured.siteName(), configured.baseUrl(), configured.validation());
    }

    private File target() throws MojoExecutionException {
        File target = new File(siteDirectory, siteFolder).getAbsoluteFile();
        if (siteFolder.isBlank() || !target.toPath().normalize().startsWith(siteDirectory.getAbsoluteFile().toPath().normalize())
                || target.toPath().normalize().equals(siteDirectory.getAbsoluteFile().toPath().normalize())) {
            throw new MojoExecutionException("qadocs: siteFolder '" + siteFolder
                    + "' must name a folder inside " + siteDirectory + ", such as qadocs");
        }
        return target;
    }
}
