package dev.qadocs.maven;

import dev.qadocs.pipeline.PipelineFailedException;
import dev.qadocs.pipeline.PipelineResult;
import dev.qadocs.pipeline.SiteBuilder;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Builds the Q&amp;A site: {@code mvn qadocs:build}. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, requiresProject = false, threadSafe = true)
public class BuildMojo extends AbstractQadocsMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        try {
            PipelineResult result = new SiteBuilder().build(options());
            logResult(result);
            getLog().info("qadocs: site written to " + output.getAbsolutePath()
                    + "; open " + output.toPath().toAbsolutePath().resolve("index.html").toUri());
        } catch (PipelineFailedException e) {
            throw failure(e);
        }
    }
}
