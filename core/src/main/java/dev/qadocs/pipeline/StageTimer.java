package dev.qadocs.pipeline;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Times the stages of one run. One per run, so {@link SiteBuilder} keeps no state between runs; the threads of
 * the parallel stages add to it at once.
 */
final class StageTimer {

    private final long start = System.nanoTime();
    private final Map<Stage, Duration> times = new EnumMap<>(Stage.class);

    <T, E extends Exception> T timed(Stage stage, ThrowingSupplier<T, E> work) throws E {
        long began = System.nanoTime();
        try {
            return work.get();
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - began);
            synchronized (times) {
                times.merge(stage, took, Duration::plus);
            }
        }
    }

    /** The times so far: at the end of a run, or where it failed. */
    StageTimes times() {
        synchronized (times) {
            return new StageTimes(Duration.ofNanos(System.nanoTime() - start), times);
        }
    }

    @FunctionalInterface
    interface ThrowingSupplier<T, E extends Exception> {
        T get() throws E;
    }
}
