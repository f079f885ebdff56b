package dev.qadocs.write;

import java.nio.file.Path;

/**
 * A build that stops half-way and waits to be killed: run in its own JVM by {@link StagedOutputTest}, because
 * only a real process kill shows what a crashed build leaves behind (no finally blocks, no shutdown hooks).
 */
public final class HalfWrittenBuild {

    private HalfWrittenBuild() {
    }

    public static void main(String[] args) throws Exception {
        StagedOutput output = StagedOutput.open(Path.of(args[0]));
        output.write("index.html", "half of the new site");
        output.write("guide/page.html", "half of the new site");
        System.out.println("half-way");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
