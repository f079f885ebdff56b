package dev.qadocs.maven;

import dev.qadocs.batch.BatchJob;
import dev.qadocs.batch.BatchRequest;
import dev.qadocs.batch.Outcome;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.List;

/**
 * The goals that build or check once and end. By default they run the core in a JVM of its own, tuned for a short
 * batch job, since most of a one-shot build's CPU time otherwise goes to Maven's JVM optimising code the build
 * finishes before the optimised code pays back; the lines and the outcome are the same either way.
 */
abstract class AbstractBatchMojo extends AbstractQadocsMojo {

    /**
     * Run the build in a forked JVM started with {@code jvmArgs} and Maven's own heap limit, so
     * {@code MAVEN_OPTS=-Xmx512m} still bounds it. {@code false} runs it inside Maven's JVM.
     */
    @Parameter(property = "qadocs.fork", defaultValue = "true")
    protected boolean fork = true;

    /**
     * The forked JVM's options, replacing the defaults: {@code -XX:TieredStopAtLevel=1} and the serial collector, or
     * on a heap below 1.5 GB {@code -XX:+UseG1GC -XX:GCTimeRatio=1} ({@link ForkedJvm#defaultJvmArgs}). An
     * {@code -Xmx} here wins over the one inherited from Maven. From the command line, separate them by commas.
     * Unset or empty: the defaults.
     */
    @Parameter(property = "qadocs.jvmArgs")
    protected List<String> jvmArgs;

    /** Runs the request where {@code fork} says and turns its outcome into Maven's. */
    protected void run(BatchRequest request) throws MojoExecutionException, MojoFailureException {
        LogConsole console = new LogConsole(getLog());
        Outcome outcome = fork
                ? ForkedJvm.current(jvmArgs == null ? List.of() : jvmArgs).run(request, console)
                : BatchJob.run(request, console);
        switch (outcome.kind()) {
            case DONE -> { }
            case FAILED -> throw new MojoFailureException(outcome.message());
            case INVALID -> throw new MojoExecutionException(outcome.message());
        }
    }
}
