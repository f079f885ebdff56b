package dev.qadocs.pipeline;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.model.Site;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The outcome of a build that ran to the end (a build that fails throws {@link PipelineFailedException}).
 *
 * @param stageTimes wall time per stage; render, index and llms overlap, so their sum can exceed the total
 */
public record PipelineResult(Site site, List<Diagnostic> diagnostics, Map<Stage, Duration> stageTimes) {

    public PipelineResult {
        diagnostics = List.copyOf(diagnostics);
        stageTimes = new EnumMap<>(stageTimes);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    /** {@code 3 pages, 158 questions; load 12 ms, parse 80 ms, …}: the line the build logs at the end. */
    public String summary() {
        String times = stageTimes.entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue().toMillis() + " ms")
                .collect(Collectors.joining(", "));
        return site.pages().size() + " pages, " + site.questionCount() + " questions; " + times;
    }
}
