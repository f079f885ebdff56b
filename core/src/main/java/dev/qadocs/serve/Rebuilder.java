package dev.qadocs.serve;

import dev.qadocs.pipeline.PipelineFailedException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Brings the served folder up to date. {@link LiveSite} is the real one; tests of the server use simpler ones. */
interface Rebuilder {

    Rebuild buildAll() throws PipelineFailedException, IOException;

    /** @param changed absolute paths the watcher saw change */
    Rebuild update(Set<Path> changed) throws PipelineFailedException, IOException;

    /** Finishes what {@link #update} left for after the reload; returns how long that took, if there was any. */
    Optional<Duration> catchUp() throws IOException;
}
