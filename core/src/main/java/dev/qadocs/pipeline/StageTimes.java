package dev.qadocs.pipeline;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How long one run of the pipeline took, whether it succeeded or failed.
 *
 * @param total   wall time of the whole run
 * @param byStage wall time per stage; render, index and llms overlap, so their sum can exceed {@code total}
 */
public record StageTimes(Duration total, Map<Stage, Duration> byStage) {

    public StageTimes {
        Map<Stage, Duration> copy = new EnumMap<>(Stage.class);
        copy.putAll(byStage);
        byStage = Collections.unmodifiableMap(copy);
    }

    /** {@code pipeline 96 ms (load 9 ms, parse 71 ms, validate 16 ms)}: the one way every goal logs the times. */
    @Override
    public String toString() {
        return "pipeline " + total.toMillis() + " ms (" + byStage.entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue().toMillis() + " ms")
                .collect(Collectors.joining(", ")) + ")";
    }
}
