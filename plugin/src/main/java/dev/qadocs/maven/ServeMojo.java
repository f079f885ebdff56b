package dev.qadocs.maven;

import dev.qadocs.batch.BatchRequest;
import dev.qadocs.serve.PortInUseException;
import dev.qadocs.serve.PreviewServer;
import dev.qadocs.serve.ServeOptions;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.net.InetAddress;

/**
 * Builds the Q&amp;A site, serves it and rebuilds what each saved change affects, reloading open browsers:
 * {@code mvn qadocs:serve}. Stops on Ctrl-C. Never reads standard input, so {@code -B} and a closed stdin are fine.
 */
@Mojo(name = "serve", requiresProject = false, threadSafe = true)
public class ServeMojo extends AbstractQadocsMojo {

    /** The port to serve on; when it is taken, the goal fails saying so. */
    @Parameter(property = "qadocs.port", defaultValue = "8000")
    protected int port;

    /** The address to bind. The loopback default keeps drafts private; {@code 0.0.0.0} shows them to the network. */
    @Parameter(property = "qadocs.host", defaultValue = ServeOptions.DEFAULT_HOST)
    protected String host;

    @Override
    public void execute() throws MojoExecutionException {
        if (skipped()) {
            return;
        }
        ServeOptions options;
        try {
            options = ServeOptions.of(request(BatchRequest.Goal.BUILD).pipelineOptions()).on(host, port);
        } catch (BatchRequest.InvalidException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        try (PreviewServer server = PreviewServer.start(options, new MavenConsole(getLog()))) {
            Thread stop = new Thread(() -> {
                server.close();
                getLog().info("qadocs: preview stopped");
            }, "qadocs-serve-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            warnIfReachableFromTheNetwork();
            getLog().info("qadocs: serving " + server.url() + " and watching " + source + " (Ctrl-C stops)");
            server.awaitClose();
        } catch (PortInUseException e) {
            throw new MojoExecutionException("qadocs: " + e.getMessage() + ", e.g. -Dqadocs.port=" + (port + 1), e);
        } catch (IOException e) {
            throw new MojoExecutionException("qadocs: could not serve on " + host + ":" + port + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void warnIfReachableFromTheNetwork() throws IOException {
        if (!InetAddress.getByName(host).isLoopbackAddress()) {
            getLog().warn("qadocs: the preview listens on " + host + ", so other machines can read it");
        }
    }

    /** The preview's progress and problems, on Maven's log. */
    private record MavenConsole(Log log) implements PreviewServer.Console {
        @Override
        public void info(String line) {
            log.info("qadocs: " + line);
        }

        @Override
        public void warn(String line) {
            log.warn(line);
        }

        @Override
        public void error(String line) {
            log.error(line);
        }
    }
}
