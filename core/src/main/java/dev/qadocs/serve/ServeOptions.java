package dev.qadocs.serve;

import dev.qadocs.pipeline.PipelineOptions;

import java.time.Duration;

/**
 * How the preview runs.
 *
 * @param build    what to build, and where; the preview serves {@code build.output()}
 * @param host     the address to bind; loopback unless the author asks otherwise, since the preview is for them alone
 * @param port     0 picks a free port (tests do)
 * @param debounce how long the sources must stay quiet before a rebuild: editors save in several steps
 */
public record ServeOptions(PipelineOptions build, String host, int port, Duration debounce) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8000;

    /**
     * The steps of one save (truncate and write, or write a copy and rename) come a few milliseconds apart, so 20 ms
     * of quiet sees them as one; every millisecond more is added to the author's wait for the reloaded page.
     */
    static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(20);

    public static ServeOptions of(PipelineOptions build) {
        return new ServeOptions(build, DEFAULT_HOST, DEFAULT_PORT, DEFAULT_DEBOUNCE);
    }

    public ServeOptions on(String newHost, int newPort) {
        return new ServeOptions(build, newHost, newPort, debounce);
    }
}
