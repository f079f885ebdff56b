package dev.qadocs.bench;

import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.diagnostic.Severity;
import dev.qadocs.pipeline.PipelineFailedException;
import dev.qadocs.pipeline.PipelineOptions;
import dev.qadocs.pipeline.PipelineResult;
import dev.qadocs.pipeline.SiteBuilder;
import dev.qadocs.pipeline.Stage;
import dev.qadocs.testing.Corpus;
import dev.qadocs.validate.RuleRegistry;
import dev.qadocs.validate.ValidationConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@code qadocs:check} costs: load, parse and validate times on a synthetic corpus and on real pages.
 * A main class, not a test: timings belong in a table a person reads, never in an assertion. Stage times are
 * medians of warm runs; "first run" is the whole pipeline in a fresh JVM, what a one-off {@code mvn qadocs:check}
 * pays (only the first corpus of the table runs truly cold).
 * Run with {@code bench/check.sh [pages] [questions-per-page]}.
 */
public final class CheckBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 5;

    private CheckBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int questions = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path synthetic = Files.createTempDirectory("qadocs-bench");
        new SyntheticCorpus(pages, questions).writeTo(synthetic);

        System.out.printf("%-26s %6s %9s %8s %8s %11s %8s %13s %12s%n", "corpus", "pages", "questions",
                "load ms", "parse ms", "validate ms", "total ms", "first run ms", "diagnostics");
        row("mintlify (3 pages)", Corpus.mintlify(), "/resources/interview-questions/");
        row("synthetic " + pages + "x" + questions, synthetic, "/");
        row("site-content", Corpus.siteContent(), "/");
    }

    private static void row(String name, Path source, String siteRoot) {
        // Every rule reports as a warning, so content with errors still yields a full result to count.
        Map<String, Severity> allWarnings = RuleRegistry.standard(ValidationConfig.defaults()).descriptors().stream()
                .collect(Collectors.toMap(RuleDescriptor::id, d -> Severity.WARNING));
        PipelineOptions options = PipelineOptions.of(source, source.resolve("unused-output"))
                .withValidation(new ValidationConfig(allWarnings, false).withSiteRoot(siteRoot));
        Measurement first = measure(options);
        Measurement last = first;
        List<Measurement> measured = new ArrayList<>();
        for (int run = 1; run < WARM_UP + RUNS; run++) {
            last = measure(options);
            if (run >= WARM_UP) {
                measured.add(last);
            }
        }
        long load = median(measured, Stage.LOAD);
        long parse = median(measured, Stage.PARSE);
        long validate = median(measured, Stage.VALIDATE);
        System.out.printf("%-26s %6d %9d %8d %8d %11d %8d %13d %12d%n", name, last.pages(), last.questions(),
                load, parse, validate, load + parse + validate, first.totalMillis(), last.diagnostics());
    }

    private record Measurement(Map<Stage, Duration> times, int pages, int questions, int diagnostics) {

        long totalMillis() {
            return times.values().stream().mapToLong(Duration::toMillis).sum();
        }
    }

    private static Measurement measure(PipelineOptions options) {
        try {
            PipelineResult result = new SiteBuilder().checkOnly(options);
            return new Measurement(result.times().byStage(), result.site().pages().size(),
                    result.site().questionCount(), result.diagnostics().size());
        } catch (PipelineFailedException e) {
            throw new IllegalStateException("no rule is an error here, yet the check failed: " + e.getMessage(), e);
        }
    }

    private static long median(List<Measurement> measured, Stage stage) {
        return measured.stream().mapToLong(m -> m.times().getOrDefault(stage, Duration.ZERO).toMillis())
                .sorted().skip(measured.size() / 2).findFirst().orElse(0);
    }
}
