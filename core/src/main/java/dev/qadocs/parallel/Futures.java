package dev.qadocs.parallel;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work done on other threads as if it had run on this one. */
public final class Futures {

    private Futures() {
    }

    /**
     * What {@code work} made, or what it threw, unwrapped: callers map a page's failure or a stack overflow to a
     * diagnostic by its own type, which a {@link CompletionException} would hide.
     */
    public static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
