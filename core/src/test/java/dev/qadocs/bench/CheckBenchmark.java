package dev.qadocs.bench;

import dev.qadocs.build.BuildFailedException;
import dev.qadocs.build.BuildOptions;
import dev.qadocs.build.BuildResult;
import dev.qadocs.build.SiteBuilder;
import dev.qadocs.build.Stage;
import dev.qadocs.testing.Corpus;
import dev.qadocs.validate.ValidationConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code qadocs:check} costs: load, parse and validate times on a synthetic corpus and on real pages.
 * A main class, not a test: timings belong in a table a person reads, never in an assertion.
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

        System.out.printf("%-26s %6s %9s %8s %8s %11s %8s %12s%n",
                "corpus", "pages", "questions", "load ms", "parse ms", "validate ms", "total ms", "diagnostics");
        row("synthetic " + pages + "x" + questions, synthetic, "/");
        row("mintlify (3 pages)", Corpus.mintlify(), "/resources/interview-questions/");
        row("site-content", Corpus.siteContent(), "/");
    }

    private static void row(String name, Path source, String siteRoot) {
        BuildOptions options = BuildOptions.of(source, source.resolve("unused-output"))
                .withValidation(ValidationConfig.defaults().withSiteRoot(siteRoot));
        Measurement last = null;
        List<Measurement> measured = new ArrayList<>();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            last = measure(options);
            if (run >= WARM_UP) {
                measured.add(last);
            }
        }
        long load = median(measured, Stage.LOAD);
        long parse = median(measured, Stage.PARSE);
        long validate = median(measured, Stage.VALIDATE);
        System.out.printf("%-26s %6d %9d %8d %8d %11d %8d %12d%n", name, last.pages(), last.questions(),
                load, parse, validate, load + parse + validate, last.diagnostics());
    }

    private record Measurement(Map<Stage, Duration> times, int pages, int questions, int diagnostics) {
    }

    private static Measurement measure(BuildOptions options) {
        SiteBuilder builder = new SiteBuilder();
        try {
            BuildResult result = builder.checkOnly(options);
            return new Measurement(builder.stageTimes(), result.site().pages().size(), result.site().questionCount(),
                    result.diagnostics().size());
        } catch (BuildFailedException e) {
            // Content with errors is still a valid measurement: the pipeline ran to the end of validation.
            return new Measurement(builder.stageTimes(), -1, -1, e.diagnostics().size());
        }
    }

    private static long median(List<Measurement> measured, Stage stage) {
        return measured.stream().mapToLong(m -> m.times().getOrDefault(stage, Duration.ZERO).toMillis())
                .sorted().skip(measured.size() / 2).findFirst().orElse(0);
    }
}
