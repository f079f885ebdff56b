package dev.qadocs.parallel;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LargestFirstTest {

    @Test
    void resultsComeInTheItemsOrderAndEveryItemRunsOnce() {
        List<Integer> items = IntStream.range(0, 500).map(i -> (i * 7919) % 500).boxed().toList();
        Set<Integer> seen = ConcurrentHashMap.newKeySet();

        List<String> results = LargestFirst.map(items, i -> i, i -> {
            assertThat(seen.add(i)).isTrue();
            return "#" + i;
        });

        assertThat(results).isEqualTo(items.stream().map(i -> "#" + i).toList());
        assertThat(seen).hasSize(500);
    }

    @Test
    void withThePoolBusyElsewhereTheCallerDoesEveryItemItselfLargestFirst() throws Exception {
        int threads = ForkJoinPool.getCommonPoolParallelism();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocked = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            ForkJoinPool.commonPool().execute(() -> {
                blocked.countDown();
                try {
                    release.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        try {
            assertThat(blocked.await(1, TimeUnit.MINUTES)).isTrue();
            Thread caller = Thread.currentThread();
            List<Long> done = new ArrayList<>();
            List<Long> items = List.of(5L, 900L, 1L, 40L, 900L, 300L);
            List<Boolean> onCaller = LargestFirst.map(items, n -> n, n -> {
                done.add(n);
                return Thread.currentThread() == caller;
            });
            assertThat(onCaller).containsOnly(true);
            assertThat(done).containsExactly(900L, 900L, 300L, 40L, 5L, 1L);
        } finally {
            release.countDown();
        }
    }

    @Test
    void aFailureReachesTheCallerAsThrown() {
        assertThatThrownBy(() -> LargestFirst.map(List.of(1, 2, 3), i -> i, i -> {
            if (i == 2) {
                throw new IllegalStateException("item 2");
            }
            return i;
        })).isInstanceOf(IllegalStateException.class).hasMessage("item 2");
        assertThatThrownBy(() -> LargestFirst.forEach(List.of(1), i -> i, i -> {
            throw new StackOverflowError("deep");
        })).isInstanceOf(StackOverflowError.class);
    }
}
