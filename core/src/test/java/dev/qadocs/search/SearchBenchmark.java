package dev.qadocs.search;

import com.sun.net.httpserver.HttpServer;
import dev.qadocs.model.Category;
import dev.qadocs.model.Entry;
import dev.qadocs.model.FrontMatter;
import dev.qadocs.model.Page;
import dev.qadocs.model.Prose;
import dev.qadocs.model.Question;
import dev.qadocs.model.QuickFire;
import dev.qadocs.model.SectionKind;
import dev.qadocs.model.Site;
import dev.qadocs.model.SiteConfig;
import dev.qadocs.model.SourcePosition;
import dev.qadocs.markdown.Markdown;
import dev.qadocs.markdown.SiteUrls;
import dev.qadocs.testing.Chromium;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Compares qadocs search with Pagefind 1.6 on the same HTML and prints one table: index build time and size, bytes
 * a first query downloads (client included, cold cache, over loopback HTTP in Chromium), query time, and
 * known-item relevance. Run by {@code bench/search.sh}, which installs Pagefind and Terser in a scratch folder.
 * Not a test: timings on a shared machine are for reading, not asserting.
 */
public final class SearchBenchmark {

    private static final int SAMPLE_QUERIES = 20;

    private final Path work;
    private final Path tools;
    private final List<String[]> rows = new ArrayList<>();

    private SearchBenchmark(Path work, Path tools) {
        this.work = work;
        this.tools = tools;
    }

    public static void main(String[] args) throws Exception {
        Path tools = Path.of(args[0]).toAbsolutePath();
        SearchBenchmark bench = new SearchBenchmark(Files.createTempDirectory(tools, "sites"), tools);
        bench.run();
    }

    private void run() throws Exception {
        Site corpus = ParsedSites.mintlify();
        Site synthetic = synthetic(corpus, 200, 50);
        Map<String, Site> sites = new java.util.LinkedHashMap<>();
        sites.put("3-page corpus", corpus);
        sites.put("10,000 questions", synthetic);

        ChromeDriver browser = Chromium.start();
        try {
            for (Map.Entry<String, Site> s : sites.entrySet()) {
                Path dir = work.resolve(s.getKey().replaceAll("\\W", ""));
                TestPages.write(s.getValue(), dir, true);
                long start = System.nanoTime();
                long indexBytes = new SearchIndexer().write(s.getValue(), new FolderSink(dir));
                long qadocsMillis = (System.nanoTime() - start) / 1_000_000;
                start = System.nanoTime();
                exec(tools.resolve("node_modules/.bin/pagefind").toString(), "--site", dir.toString(), "--silent");
                long pagefindMillis = (System.nanoTime() - start) / 1_000_000;
                long pagefindBytes = size(dir.resolve("pagefind"));

                List<String> sample = sample(s.getValue());
                try (Served served = new Served(dir)) {
                    long client = 0;
                    for (String script : NodeScripts.SEARCH_SCRIPTS) {
                        client += Files.size(dir.resolve("assets").resolve(script));
                    }
                    Measured q = served.measure(browser, sample, Engine.QADOCS, client);
                    Measured p = served.measure(browser, sample, Engine.PAGEFIND, 0);
                    rows.add(new String[] {s.getKey(), "qadocs", ms(qadocsMillis), kb(indexBytes),
                            kb(q.meanBytes()) + " (max " + kb(q.maxBytes()) + ")", ms(q.medianMillis()), "", ""});
                    rows.add(new String[] {s.getKey(), "Pagefind 1.6", ms(pagefindMillis), kb(pagefindBytes),
                            kb(p.meanBytes()) + " (max " + kb(p.maxBytes()) + ")", ms(p.medianMillis()), "", ""});
                    if (s.getValue() == corpus) {
                        relevance(served, browser, corpus);
                    }
                }
            }
        } finally {
            browser.quit();
        }
        print();
    }

    /** Quick-fire lines and one-letter typos of titles, each with the question it should find. */
    private void relevance(Served served, ChromeDriver browser, Site corpus) {
        List<String[]> quickFire = new ArrayList<>();
        List<String[]> typos = new ArrayList<>();
        Random random = new Random(11);
        for (Page page : corpus.pages()) {
            for (Question q : page.questions()) {
                String url = SiteUrls.html(page) + "#" + q.id();
                q.sections(QuickFire.class).forEach(s -> s.pairs().forEach(p -> quickFire.add(new String[] {p.question(), url})));
                typos.add(new String[] {oneLetterChanged(q.title(), random), url});
            }
        }
        for (Engine engine : Engine.values()) {
            Relevance quick = served.relevance(browser, quickFire, engine);
            Relevance typo = served.relevance(browser, typos, engine);
            for (String[] row : rows) {
                if (row[0].equals("3-page corpus") && row[1].startsWith(engine.label)) {
                    row[6] = quick.format();
                    row[7] = typo.format();
                }
            }
        }
    }

    static String oneLetterChanged(String title, Random random) {
        List<Integer> letters = new ArrayList<>();
        for (int i = 0; i < title.length(); i++) {
            if (Character.isLetter(title.charAt(i))) {
                letters.add(i);
            }
        }
        if (letters.isEmpty()) {
            return title;
        }
        int at = letters.get(random.nextInt(letters.size()));
        char c = Character.toLowerCase(title.charAt(at));
        char replacement = (char) ('a' + (c - 'a' + 1 + random.nextInt(25)) % 26);
        return title.substring(0, at) + replacement + title.substring(at + 1);
    }

    private static List<String> sample(Site site) {
        List<Question> questions = site.pages().stream().flatMap(p -> p.questions().stream()).toList();
        Random random = new Random(5);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < SAMPLE_QUERIES; i++) {
            String title = questions.get(random.nextInt(questions.size())).title();
            List<String> words = Arrays.asList(title.split("\\s+"));
            out.add(String.join(" ", words.subList(0, Math.min(words.size(), 1 + i % 4))));
        }
        return out;
    }

    /** A big site made of the corpus's own sentences and title words, reshuffled: realistic vocabulary and lengths. */
    static Site synthetic(Site corpus, int pageCount, int perPage) {
        List<String> sentences = new ArrayList<>();
        List<String> titleWords = new ArrayList<>();
        for (Question q : corpus.pages().stream().flatMap(p -> p.questions().stream()).toList()) {
            titleWords.addAll(Arrays.asList(q.title().split("\\s+")));
            q.sections().forEach(s -> sentences.addAll(Arrays.asList(Markdown.toPlainText(s.markdown()).split("(?<=[.?!])\\s+"))));
        }
        Random random = new Random(3);
        List<Page> pages = new ArrayList<>();
        for (int p = 0; p < pageCount; p++) {
            String path = "synthetic/page-" + p + ".md";
            SourcePosition at = SourcePosition.of(path, 1);
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < perPage; i++) {
                StringBuilder title = new StringBuilder();
                for (int w = 3 + random.nextInt(4); w > 0; w--) {
                    title.append(titleWords.get(random.nextInt(titleWords.size()))).append(' ');
                }
                StringBuilder body = new StringBuilder();
                for (int s = 8 + random.nextInt(20); s > 0; s--) {
                    body.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
                }
                entries.add(new Question(OptionalInt.empty(), title.toString().strip(), "q" + i,
                        List.of(new Prose(SectionKind.ANSWER, "Answer", "", body.toString(), List.of(), at)), at));
            }
            pages.add(new Page(path, FrontMatter.titled("Synthetic page " + p), "", List.of(),
                    List.of(new Category("Questions", "questions", "", List.of(), entries, at)), List.of(), List.of(), at));
        }
        return new Site(SiteConfig.named("Synthetic"), pages);
    }

    private void print() {
        String[] head = {"corpus", "engine", "index build", "index size", "first query downloads (mean)",
                "query time (median)", "quick-fire MRR@10 / hit@5", "one-typo title MRR@10 / hit@5"};
        int[] width = new int[head.length];
        for (String[] row : Stream.concat(Stream.<String[]>of(head), rows.stream()).toList()) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : Stream.concat(Stream.<String[]>of(head), rows.stream()).toList()) {
            out.append('|');
            for (int i = 0; i < row.length; i++) {
                out.append(' ').append(String.format("%-" + width[i] + "s", row[i])).append(" |");
            }
            out.append('\n');
            if (row == head) {
                out.append('|');
                for (int w : width) {
                    out.append("-".repeat(w + 2)).append('|');
                }
                out.append('\n');
            }
        }
        System.out.print(out);
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.0f ms", millis);
    }

    private static String kb(double bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024);
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void exec(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IOException("failed: " + String.join(" ", command));
        }
    }

    enum Engine {
        QADOCS("qadocs", """
                const done = arguments[arguments.length - 1];
                const e = qadocsSearch.Engine(qadocsSearch.load);
                const t = performance.now();
                e.search(arguments[0], {k: 10}).then(r => e.records(r.hits.map(h => h.doc)))
                  .then(recs => done({ms: performance.now() - t, urls: recs.map(r => r.url)}), err => done({error: String(err)}));
                """),
        PAGEFIND("Pagefind", """
                const done = arguments[arguments.length - 1];
                (async () => {
                  const pf = await import(document.documentElement.dataset.root + 'pagefind/pagefind.js');
                  const t = performance.now();
                  const found = await pf.search(arguments[0]);
                  const pages = await Promise.all(found.results.slice(0, 10).map(r => r.data()));
                  const ms = performance.now() - t;
                  // Ranked as Pagefind's own UI ranks a page's sections: by matched words, the page's own entry dropped.
                  const urls = pages.flatMap(p => {
                    const subs = p.sub_results.filter(s => s.url !== p.url).map((s, i) => ({s, i}))
                      .sort((a, b) => b.s.locations.length - a.s.locations.length || a.i - b.i).map(x => x.s.url);
                    return subs.length ? subs : [p.url];
                  }).map(u => u.replace(/^\\//, ''));
                  done({ms, urls});
                })().catch(err => done({error: String(err)}));
                """);

        final String label;
        final String script;

        Engine(String label, String script) {
            this.label = label;
            this.script = script;
        }
    }

    record Measured(double meanBytes, double maxBytes, double medianMillis) {
    }

    record Relevance(double mrr, double hitAt5, int queries) {
        String format() {
            return String.format(Locale.ROOT, "%.3f / %.0f%% (n=%d)", mrr, hitAt5 * 100, queries);
        }
    }

    /** The site over loopback HTTP, counting the bytes sent since the last reset. */
    private static final class Served implements AutoCloseable {
        private final HttpServer server;
        private final AtomicLong bytes = new AtomicLong();
        private final String base;

        Served(Path dir) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                Path file = dir.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
                if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                    return;
                }
                byte[] body = Files.readAllBytes(file);
                String name = file.getFileName().toString();
                exchange.getResponseHeaders().set("Content-Type", name.endsWith(".js") ? "text/javascript; charset=utf-8"
                        : name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".css") ? "text/css"
                        : name.endsWith(".json") ? "application/json" : "application/octet-stream");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
                bytes.addAndGet(body.length);
            });
            server.start();
            base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        }

        /** Each query on a freshly loaded page with an empty cache: what a reader's first search costs. */
        Measured measure(ChromeDriver browser, List<String> queries, Engine engine, long client) {
            browser.executeCdpCommand("Network.enable", Map.of());
            browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            List<Double> sizes = new ArrayList<>();
            List<Double> times = new ArrayList<>();
            for (String q : queries) {
                browser.get(base + TestPages.START);
                bytes.set(0);
                Map<?, ?> result = run(browser, engine, q);
                sizes.add((double) bytes.get() + client);
                times.add(((Number) result.get("ms")).doubleValue());
            }
            browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
            times.sort(null);
            return new Measured(sizes.stream().mapToDouble(d -> d).average().orElse(0),
                    sizes.stream().mapToDouble(d -> d).max().orElse(0), times.get(times.size() / 2));
        }

        Relevance relevance(ChromeDriver browser, List<String[]> queries, Engine engine) {
            browser.get(base + TestPages.START);
            double reciprocal = 0;
            int hits = 0;
            for (String[] q : queries) {
                List<?> urls = (List<?>) run(browser, engine, q[0]).get("urls");
                int rank = urls.indexOf(q[1]) + 1;
                if (rank > 0 && rank <= 10) {
                    reciprocal += 1.0 / rank;
                }
                if (rank > 0 && rank <= 5) {
                    hits++;
                }
            }
            return new Relevance(reciprocal / queries.size(), hits / (double) queries.size(), queries.size());
        }

        private static Map<?, ?> run(ChromeDriver browser, Engine engine, String query) {
            Map<?, ?> result = (Map<?, ?>) browser.executeAsyncScript(engine.script, query);
            if (result.containsKey("error")) {
                throw new IllegalStateException(engine.label + " failed on '" + query + "': " + result.get("error"));
            }
            return result;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
