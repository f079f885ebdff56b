package dev.qadocs.render;

import dev.qadocs.llms.LlmsWriter;
import dev.qadocs.model.Category;
import dev.qadocs.model.Page;
import dev.qadocs.model.Question;
import dev.qadocs.model.SectionKind;
import dev.qadocs.model.Site;
import dev.qadocs.write.OutputSink;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static dev.qadocs.testing.ModelFixtures.answer;
import static dev.qadocs.testing.ModelFixtures.category;
import static dev.qadocs.testing.ModelFixtures.config;
import static dev.qadocs.testing.ModelFixtures.page;
import static dev.qadocs.testing.ModelFixtures.prose;
import static dev.qadocs.testing.ModelFixtures.question;
import static dev.qadocs.testing.ModelFixtures.quickFire;
import static dev.qadocs.testing.ModelFixtures.reading;

/**
 * Throughput of the render and llms stages on synthetic sites of growing size, printed as a table. Run with
 * {@code mvn -o -q -pl core test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java
 * -Dexec.mainClass=dev.qadocs.render.RenderBenchmark -Dexec.classpathScope=test}, or with {@code java -cp} and
 * page counts as arguments ({@code 5 20 80} by default).
 * Output goes to a sink that only counts bytes, so disk speed does not blur the numbers.
 */
public final class RenderBenchmark {

    private static final int WARMUP = 3;
    private static final int RUNS = 5;

    public static void main(String[] args) {
        System.out.printf("%6s %9s %8s %11s %11s %13s%n",
                "pages", "questions", "md KiB", "render ms", "llms ms", "render µs/q");
        int[] sizes = args.length == 0 ? new int[]{5, 20, 80}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int pages : sizes) {
            Site site = site(pages, 20);
            long markdownBytes = site.pages().stream().flatMap(p -> p.questions().stream())
                    .flatMap(q -> q.sections().stream()).mapToLong(s -> s.markdown().length()).sum();
            SiteRenderer renderer = new SiteRenderer(Optional.empty());
            LlmsWriter llms = new LlmsWriter();
            for (int i = 0; i < WARMUP; i++) {
                renderer.render(site, new CountingSink());
                llms.write(site, new CountingSink());
            }
            long render = best(() -> renderer.render(site, new CountingSink()));
            long write = best(() -> llms.write(site, new CountingSink()));
            System.out.printf("%6d %9d %8d %11.1f %11.1f %13.1f%n", pages, site.questionCount(),
                    markdownBytes / 1024, render / 1e6, write / 1e6, render / 1e3 / site.questionCount());
        }
    }

    /** The fastest of a few runs: the least disturbed by other work on the machine. */
    private static long best(Runnable work) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    private static Site site(int pageCount, int questionsPerPage) {
        List<Page> pages = new ArrayList<>();
        for (int p = 0; p < pageCount; p++) {
            List<Category> categories = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                List<Question> questions = new ArrayList<>();
                for (int q = 0; q < questionsPerPage / 4; q++) {
                    questions.add(question(c * 10 + q, "How would you size cache layer " + q + " of " + c + "?",
                            answer(ANSWER), prose(SectionKind.RED_FLAG, "Guessing without measuring."),
                            prose(SectionKind.FOLLOW_UPS, "- What breaks first?\n- How do you know?"),
                            quickFire("Hit rate?", "Above 90%.", "Eviction?", "LRU, usually."),
                            reading("Caching notes", "https://example.org/cache", "Local page", "p" + q + ".md")));
                }
                categories.add(category("Topic " + c, questions.toArray(Question[]::new)));
            }
            pages.add(page("section" + (p / 10) + "/page" + p + ".md", "Page " + p,
                    categories.toArray(Category[]::new)));
        }
        return new Site(config("Bench", "Synthetic content", null), pages);
    }

    private static final String ANSWER = """
            Start from the **read pattern**: how often each key is read, and how stale it may be. Then pick the
            smallest cache that keeps the hit rate where the [latency budget](budget.md#p99) needs it.

            | Size | Hit rate | p99 |
            |------|----------|-----|
            | 1 GB | 82% | 40 ms |
            | 4 GB | 95% | 12 ms |

            ```python
            def hit_rate(hits, misses):
                return hits / (hits + misses)
            ```

            > [!TIP]
            > Measure with production traffic, not a synthetic load.

            - Warm the cache before switching traffic.
            - Watch eviction counts, not only hits.
            """;

    /** Counts what would be written. */
    private static final class CountingSink implements OutputSink {
        private final AtomicLong bytes = new AtomicLong();

        @Override
        public void write(String path, byte[] content) {
            bytes.addAndGet(content.length);
        }
    }
}
