package dev.qadocs.validate.structure;

import dev.qadocs.model.SourcePosition;
import dev.qadocs.validate.rule.Findings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Reports every item whose key an earlier item already had, at the later item, naming the first. */
final class Repeats {

    private Repeats() {
    }

    static <T> void report(List<T> items, Function<T, String> key, Function<T, SourcePosition> position,
                           BiFunction<T, T, String> message, Findings findings) {
        Map<String, T> first = new HashMap<>();
        for (T item : items) {
            T earlier = first.putIfAbsent(key.apply(item), item);
            if (earlier != null) {
                findings.report(position.apply(item), message.apply(item, earlier));
            }
        }
    }
}
