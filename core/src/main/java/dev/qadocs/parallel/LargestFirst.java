package dev.qadocs.parallel;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Work on items of very unequal size (pages: a few hold most of a site's text) spread over the cores one item at
 * a time, largest first. A parallel stream cuts a list into four runs per core and hands out whole runs, so on
 * two cores each stage ended with one core working through a run of large pages while the other idled. Handing
 * out single items, largest first (the LPT rule of scheduling), leaves at most one small item at the end.
 * The calling thread works too, so one pool thread is enough; and the caller waits for the items, not for pool
 * threads, so a pool busy with another stage delays nothing: the caller then does all the items itself.
 */
public final class LargestFirst {

    private LargestFirst() {
    }

    /** {@code work} of every item, in the items' order, however the work was spread. */
    public static <T, R> List<R> map(List<T> items, ToLongFunction<? super T> size, Function<? super T, ? extends R> work) {
        int count = items.size();
        if (count == 0) {
            return List.of();
        }
        Object[] results = new Object[count];
        Integer[] order = new Integer[count];
        Arrays.setAll(order, i -> i);
        long[] sizes = items.stream().mapToLong(size).toArray();
        // Stable, so equal sizes run in the items' order.
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> sizes[i]).reversed());

        AtomicInteger next = new AtomicInteger();
        AtomicInteger left = new AtomicInteger(count);
        CompletableFuture<Void> done = new CompletableFuture<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < count && !done.isDone(); i = next.getAndIncrement()) {
                int item = order[i];
                try {
                    results[item] = work.apply(items.get(item));
                } catch (RuntimeException | Error e) {
                    done.completeExceptionally(e);
                    return;
                }
                // The last item's decrement follows every other's, so completing here publishes all results.
                if (left.decrementAndGet() == 0) {
                    done.complete(null);
                }
            }
        };
        int helpers = Math.min(count, ForkJoinPool.getCommonPoolParallelism() + 1) - 1;
        for (int h = 0; h < helpers; h++) {
            ForkJoinPool.commonPool().execute(worker);
        }
        worker.run();
        Futures.joined(done);
        @SuppressWarnings("unchecked")
        List<R> all = (List<R>) Arrays.asList(results);
        return Collections.unmodifiableList(all);
    }

    /** Runs {@code work} on every item. */
    public static <T> void forEach(List<T> items, ToLongFunction<? super T> size, Consumer<? super T> work) {
        map(items, size, item -> {
            work.accept(item);
            return null;
        });
    }
}
