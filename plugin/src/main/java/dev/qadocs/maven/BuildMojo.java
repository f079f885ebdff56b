package dev.qadocs.maven;

import dev.qadocs.batch.BatchRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Builds the Q&amp;A site: {@code mvn qadocs:build}. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, requiresProject = false, threadSafe = true)
public class BuildMojo extends AbstractBatchMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        run(request(BatchRequest.Goal.BUILD));
    }
}
