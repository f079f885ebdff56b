package dev.qadocs.pipeline;

import java.nio.file.Path;

/** One build in a JVM of its own, so a test can vary what the build cannot see from inside (thread counts). */
public final class BuildOnce {

    private BuildOnce() {
    }

    public static void main(String[] args) throws Exception {
        new SiteBuilder().build(PipelineOptions.of(Path.of(args[0]), Path.of(args[1])));
    }
}
