package dev.qadocs.serve;

import dev.qadocs.pipeline.OutputStages;
import dev.qadocs.pipeline.PipelineOptions;
import dev.qadocs.pipeline.PipelineResult;
import dev.qadocs.pipeline.SiteBuilder;
import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.diagnostic.Severity;
import dev.qadocs.model.Page;
import dev.qadocs.model.Site;
import dev.qadocs.render.SiteRenderer;
import dev.qadocs.testing.Corpus;
import dev.qadocs.testing.SyntheticCorpus;
import dev.qadocs.validate.RuleRegistry;
import dev.qadocs.validate.ValidationConfig;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Not a test: {@code bench/rebuild.sh} runs it. For one-question edits in the shared three-page corpus, in
 * a 10,000-question synthetic one and, given {@code folder page} as arguments, in that folder (the script passes
 * {@code bench/build.sh}'s realistic corpus), measures (1) the incremental rebuild alone and (2) the author's wait, from
 * saving the file to the reloaded page having been served: watcher, debounce, rebuild, reload event and the
 * page fetch. Prints medians and 90th percentiles; "renderPage" is the renderer's share of a rebuild (the edited
 * page rendered alone), "index+llms" the search index and llms files, which are written right after the reload,
 * and "served" the author's wait from save to reloaded page.
 */
public final class RebuildBenchmark {

    private static final int WARMUP = 3;
    private static final int EDITS = 12;
    /** Process CPU time next to wall time: on a shared, busy machine the wall time mostly measures the neighbours. */
    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    private RebuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("qadocs-bench");
        System.out.printf("%-18s %5s %9s %10s %11s %11s %11s %11s %13s %11s %11s%n", "corpus", "pages", "questions",
                "full build", "rebuild p50", "rebuild p90", "CPU p50", "renderPage", "index+llms", "served p50",
                "served p90");
        try {
            bench("shared (3 pages)", copyOf(Corpus.mintlify(), work.resolve("shared")), "llm-ai.mdx");
            bench("synthetic 10,000", SyntheticCorpus.write(work.resolve("synthetic"), 100, 100),
                    SyntheticCorpus.pageFile(50));
            if (args.length == 2) {
                bench("realistic", copyTree(Path.of(args[0]), work.resolve("realistic")), args[1]);
            }
        } finally {
            try (Stream<Path> all = Files.walk(work)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void bench(String name, Path source, String edited) throws Exception {
        Path page = source.resolve(edited);
        String original = Files.readString(page);
        // Real pages break rules (links to pages outside the folder, repeated anchors); that is not what is measured.
        Map<String, Severity> allWarnings = RuleRegistry.standard(ValidationConfig.defaults()).descriptors().stream()
                .collect(Collectors.toMap(RuleDescriptor::id, d -> Severity.WARNING));
        PipelineOptions options = PipelineOptions.of(source, source.resolveSibling(source.getFileName() + "-site"))
                .withValidation(new ValidationConfig(allWarnings, false));

        long start = System.nanoTime();
        PipelineResult full = new SiteBuilder().build(options);
        double fullMs = millis(start);

        LiveSite site = new LiveSite(options, OutputStages::of);
        site.buildAll();
        List<Double> rebuilds = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> catchUps = new ArrayList<>();
        for (int i = 0; i < WARMUP + EDITS; i++) {
            Files.writeString(page, edit(original, "rebuild " + i));
            long t = System.nanoTime();
            long c = CPU.getProcessCpuTime();
            Rebuild rebuild = site.update(Set.of(page.toAbsolutePath()));
            double ms = millis(t);
            double cpuMs = (CPU.getProcessCpuTime() - c) / 1e6;
            double catchUpMs = site.catchUp().orElseThrow().toNanos() / 1e6;
            if (rebuild.everything() || rebuild.renderedPages().size() != 1) {
                throw new IllegalStateException("a one-question edit rendered " + rebuild.summary());
            }
            if (i >= WARMUP) {
                rebuilds.add(ms);
                cpu.add(cpuMs);
                catchUps.add(catchUpMs);
            }
        }

        // The renderer's share of a rebuild: the edited page alone, rendered again and again.
        Site built = full.site();
        Page editedPage = built.pages().stream().filter(p -> p.path().equals(edited)).findFirst().orElseThrow();
        SiteRenderer renderer = new SiteRenderer(options.templateDirectory());
        List<Double> renders = new ArrayList<>();
        for (int i = 0; i < WARMUP + EDITS; i++) {
            long t = System.nanoTime();
            renderer.renderPage(built, editedPage, (path, bytes) -> { });
            if (i >= WARMUP) {
                renders.add(millis(t));
            }
        }

        List<Double> waits = new ArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        String url = edited.substring(0, edited.lastIndexOf('.')) + ".html";
        RecordingConsole console = new RecordingConsole();
        try (PreviewServer server = PreviewServer.start(ServeOptions.of(options).on("127.0.0.1", 0), console);
             EventStream events = new EventStream(http, server.url())) {
            events.next();
            for (int i = 0; i < WARMUP + EDITS; i++) {
                awaitCatchUps(console, i);
                String mark = "served " + i;
                long t = System.nanoTime();
                Files.writeString(page, edit(original, mark));
                events.next();
                String body = http.send(HttpRequest.newBuilder(server.url().resolve(url)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                double ms = millis(t);
                if (!body.contains(mark)) {
                    throw new IllegalStateException("the reloaded page does not show the edit '" + mark + "'");
                }
                if (i >= WARMUP) {
                    waits.add(ms);
                }
            }
            awaitCatchUps(console, WARMUP + EDITS);
        }
        Files.writeString(page, original);
        System.out.printf("%-18s %5d %9d %7.0f ms %8.0f ms %8.0f ms %8.0f ms %8.0f ms %10.0f ms %8.0f ms %8.0f ms%n",
                name, built.pages().size(), built.questionCount(), fullMs, percentile(rebuilds, 50),
                percentile(rebuilds, 90), percentile(cpu, 50), percentile(renders, 50), percentile(catchUps, 50),
                percentile(waits, 50), percentile(waits, 90));
    }

    /** Each edit starts once the previous one's index and llms files are written, as when an author pauses. */
    private static void awaitCatchUps(RecordingConsole console, int count) throws InterruptedException {
        while (console.lines.stream().filter(line -> line.startsWith("info: search index")).count() < count) {
            Thread.sleep(5);
        }
    }

    /** Appends a sentence to one prose line in the middle of the page: an edit inside a single answer. */
    static String edit(String text, String mark) {
        String[] lines = text.split("\n", -1);
        for (int i = lines.length / 2; i < lines.length; i++) {
            if (lines[i].length() > 40 && (Character.isLetter(lines[i].charAt(0)) || lines[i].startsWith("**Answer:**"))) {
                lines[i] = lines[i] + " Edit " + mark + ".";
                return String.join("\n", lines);
            }
        }
        throw new IllegalStateException("no prose line to edit");
    }

    private static Path copyOf(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".mdx")).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    private static Path copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double percentile(List<Double> values, int p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
