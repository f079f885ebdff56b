package dev.qadocs.batch;

import dev.qadocs.batch.Console.Level;
import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.diagnostic.Tally;
import dev.qadocs.pipeline.PipelineFailedException;
import dev.qadocs.pipeline.PipelineOptions;
import dev.qadocs.pipeline.PipelineResult;
import dev.qadocs.pipeline.SiteBuilder;
import dev.qadocs.validate.RuleRegistry;
import dev.qadocs.validate.SarifReport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Runs a {@link BatchRequest} and says what happened on a {@link Console}, line by line, as the goals have always
 * logged it: diagnostics in compiler style at error or warning, then the tally and the times at info. The same
 * code runs inside Maven and in {@link BatchMain}, so both print the same lines and end the same way.
 */
public final class BatchJob {

    private BatchJob() {
    }

    public static Outcome run(BatchRequest request, Console console) {
        PipelineOptions options;
        try {
            options = request.pipelineOptions();
        } catch (BatchRequest.InvalidException e) {
            return Outcome.invalid(e.getMessage());
        }
        return switch (request.goal()) {
            case BUILD -> build(options, console);
            case CHECK -> check(request, options, console);
        };
    }

    private static Outcome build(PipelineOptions options, Console console) {
        try {
            PipelineResult result = new SiteBuilder().build(options);
            print(result.diagnostics(), console);
            console.print(Level.INFO, "qadocs: " + Tally.of(result.diagnostics(), result.site().pages().size()) + "; "
                    + result.summary());
            Path output = options.output().toAbsolutePath();
            console.print(Level.INFO, "qadocs: site written to " + output + "; open " + output.resolve("index.html").toUri());
            return Outcome.done();
        } catch (PipelineFailedException e) {
            return failed(e, console);
        }
    }

    /** Validates without rendering; the SARIF report is written whether the content passes or not. */
    private static Outcome check(BatchRequest request, PipelineOptions options, Console console) {
        RuleRegistry registry = RuleRegistry.standard(options.validation());
        Map<String, String> readings = new ConcurrentSkipListMap<>();
        SiteBuilder builder = new SiteBuilder().withReadings(readings::put);
        try {
            try {
                PipelineResult result = builder.checkOnly(options);
                print(result.diagnostics(), console);
                printReadings(readings, console);
                writeReport(request, registry, result.diagnostics());
                console.print(Level.INFO, "qadocs: " + Tally.of(result.diagnostics(), result.site().pages().size()));
                console.print(Level.INFO, "qadocs: " + result.times());
                return Outcome.done();
            } catch (PipelineFailedException e) {
                writeReport(request, registry, e.diagnostics());
                printReadings(readings, console);
                Outcome failed = failed(e, console);
                console.print(Level.INFO, "qadocs: " + e.times());
                return failed;
            }
        } catch (IOException e) {
            return Outcome.invalid("qadocs: cannot write the report " + request.report().orElseThrow() + ": "
                    + e.getMessage());
        }
    }

    private static void writeReport(BatchRequest request, RuleRegistry registry, List<Diagnostic> diagnostics)
            throws IOException {
        if (request.report().isPresent()) {
            new SarifReport(registry.descriptors(), request.source()).write(diagnostics, request.report().get());
        }
    }

    private static Outcome failed(PipelineFailedException e, Console console) {
        print(e.diagnostics(), console);
        return Outcome.failed("qadocs: " + e.getMessage());
    }

    private static void print(List<Diagnostic> diagnostics, Console console) {
        Diagnostic.print(diagnostics, line -> console.print(Level.ERROR, line), line -> console.print(Level.WARN, line));
    }

    /** {@code qadocs: faq.md: 124 questions from ### headings}: how each page was read. */
    private static void printReadings(Map<String, String> readings, Console console) {
        readings.forEach((path, reading) -> console.print(Level.INFO, "qadocs: " + path + ": " + reading));
    }
}
