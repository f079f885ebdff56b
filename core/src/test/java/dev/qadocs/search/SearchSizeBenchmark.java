package dev.qadocs.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qadocs.markdown.SiteMarkdown;
import dev.qadocs.model.Question;
import dev.qadocs.model.Site;
import dev.qadocs.pipeline.PipelineOptions;
import dev.qadocs.pipeline.SiteBuilder;
import dev.qadocs.testing.Corpus;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What search output costs to host and to query, without a browser: files and bytes of {@code search/} by kind,
 * the indexer's CPU time, and the bytes a first query downloads (cold cache, client included), run in Node on
 * random title prefixes as typed (last word completed) and as submitted. Run by {@code bench/search-size.sh}.
 */
public final class SearchSizeBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchSizeBenchmark() {
    }

    /** Arguments: the content folder, a scratch folder, the number of sample queries, the indexer's runs (1). */
    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        int queries = Integer.parseInt(args[2]);
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        long client = publishedClient(work.resolve("sample-site"));
        Site site = ParsedSites.parse(content);
        SiteMarkdown markdown = SiteMarkdown.of(site);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Path out = work.resolve("site");
        // Runs after the first are warm, into a sink that keeps nothing: the indexer's own CPU, not the disk's.
        double[] seconds = new double[runs];
        for (int run = 0; run < runs; run++) {
            long cpu = threads.getCurrentThreadCpuTime();
            new SearchIndexer().write(site, markdown, run == 0 ? new FolderSink(out) : (path, bytes) -> { });
            seconds[run] = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        }
        double[] warm = Arrays.copyOfRange(seconds, Math.min(1, runs - 1), runs);
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "indexer CPU: first %.2f s, median of %d warm runs %.2f s (%d questions)%n",
                seconds[0], warm.length, warm[warm.length / 2], site.pages().stream().mapToInt(p -> p.questions().size()).sum());
        printFolder(out.resolve("search"));

        List<Map<String, Object>> sample = new ArrayList<>();
        for (String query : sample(site, queries)) {
            sample.add(Map.of("query", query, "prefix", true));
            sample.add(Map.of("query", query, "prefix", false));
        }
        Path node = Files.createTempDirectory(work, "node");
        Path input = node.resolve("queries.json");
        JSON.writeValue(input.toFile(), sample);
        Process process = new ProcessBuilder("node",
                NodeScripts.resource("/dev/qadocs/search/first-query.js", node).toString(),
                NodeScripts.searchClient(node).toString(), out.toString(), input.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String result = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("node failed");
        }
        Files.writeString(work.resolve("first-query.json"), result);
        List<Map<String, Object>> measured = JSON.readValue(result, new TypeReference<>() { });
        for (int typed = 0; typed < 2; typed++) {
            List<Map<String, Object>> some = new ArrayList<>();
            for (int i = typed; i < measured.size(); i += 2) {
                some.add(measured.get(i));
            }
            print(typed == 0 ? "as typed (prefix)" : "submitted", some, client);
        }
    }

    /** The search scripts' bytes as a build publishes them (minified): the sample site's, built for the purpose. */
    private static long publishedClient(Path out) throws Exception {
        new SiteBuilder().build(PipelineOptions.of(Corpus.siteContent(), out));
        try (Stream<Path> assets = Files.walk(out)) {
            List<Path> scripts = assets.filter(f -> f.getFileName().toString().startsWith("search-")).toList();
            System.out.println("client: " + scripts.stream().map(out::relativize).toList());
            long bytes = 0;
            for (Path script : scripts) {
                bytes += Files.size(script);
            }
            return bytes;
        }
    }

    private static void print(String label, List<Map<String, Object>> measured, long client) {
        double[] bytes = measured.stream().mapToDouble(m -> ((Number) m.get("bytes")).doubleValue() + client).toArray();
        Map<String, long[]> byKind = new TreeMap<>();
        for (Map<String, Object> m : measured) {
            ((Map<?, ?>) m.get("files")).forEach((name, size) -> {
                long[] sum = byKind.computeIfAbsent(kind(name.toString()), k -> new long[2]);
                sum[0]++;
                sum[1] += ((Number) size).longValue();
            });
        }
        StringBuilder kinds = new StringBuilder();
        byKind.forEach((kind, sum) -> kinds.append(String.format(Locale.ROOT, " %s %.1f files %.1f KB;", kind,
                sum[0] / (double) measured.size(), sum[1] / 1024.0 / measured.size())));
        Arrays.sort(bytes);
        System.out.printf(Locale.ROOT, "first query %s: mean %.1f KB, median %.1f KB, max %.1f KB (client %.1f KB); per query:%s%n",
                label, Arrays.stream(bytes).average().orElse(0) / 1024, bytes[bytes.length / 2] / 1024,
                bytes[bytes.length - 1] / 1024, client / 1024.0, kinds);
    }

    private static void printFolder(Path folder) throws IOException {
        Map<String, long[]> byKind = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                long[] sum = byKind.computeIfAbsent(kind(file.getFileName().toString()), k -> new long[2]);
                sum[0]++;
                sum[1] += Files.size(file);
            }
        }
        long count = byKind.values().stream().mapToLong(s -> s[0]).sum();
        long bytes = byKind.values().stream().mapToLong(s -> s[1]).sum();
        System.out.printf(Locale.ROOT, "search/: %d files, %.2f MB%n", count, bytes / 1e6);
        byKind.forEach((kind, sum) -> System.out.printf(Locale.ROOT, "  %-9s %6d files %9.1f KB%n", kind, sum[0], sum[1] / 1024.0));
    }

    private static String kind(String name) {
        return name.equals(ScriptFiles.MANIFEST) ? name : name.substring(0, name.indexOf('.'));
    }

    /** Random question titles cut to their first one to four words, as SearchBenchmark samples them. */
    private static List<String> sample(Site site, int count) {
        List<Question> questions = site.pages().stream().flatMap(p -> p.questions().stream()).toList();
        Random random = new Random(5);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> words = Arrays.asList(questions.get(random.nextInt(questions.size())).title().split("\\s+"));
            out.add(String.join(" ", words.subList(0, Math.min(words.size(), 1 + i % 4))));
        }
        return out;
    }
}
