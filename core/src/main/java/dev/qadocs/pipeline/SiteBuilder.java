package dev.qadocs.pipeline;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.diagnostic.Tally;
import dev.qadocs.search.SearchIndexer;
import dev.qadocs.llms.LlmsWriter;
import dev.qadocs.load.LoadResult;
import dev.qadocs.load.SourceFile;
import dev.qadocs.load.SourceLoader;
import dev.qadocs.model.Page;
import dev.qadocs.model.Site;
import dev.qadocs.model.SiteConfig;
import dev.qadocs.model.SourcePosition;
import dev.qadocs.parse.PageParser;
import dev.qadocs.parse.ParseResult;
import dev.qadocs.parse.QuestionUnit;
import dev.qadocs.render.SiteRenderer;
import dev.qadocs.validate.ValidationConfig;
import dev.qadocs.validate.Validator;
import dev.qadocs.write.OutputCollisionException;
import dev.qadocs.write.OutputSink;
import dev.qadocs.write.StagedOutput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The pipeline: load → parse → validate → {render, index, llms} → write. Each stage lives in its own package;
 * this class only sequences them, times them and decides whether the staged output replaces the old one.
 */
public final class SiteBuilder {

    /** Pages sort by their front-matter {@code order}, then by path, so navigation never depends on file-system order. */
    private static final Comparator<Page> NAVIGATION_ORDER = Comparator
            .comparingInt((Page p) -> p.meta().order().orElse(Integer.MAX_VALUE))
            .thenComparing(Page::path);

    private final Map<Stage, Duration> times = new EnumMap<>(Stage.class);
    private final Map<String, String> readings = new ConcurrentSkipListMap<>();
    private final SourceLoader loader;
    private final Function<SourceFile, ParseResult> parser;
    private final Function<ValidationConfig, Validator> validators;
    private final BiConsumer<Stage, String> written;

    public SiteBuilder() {
        this(new SourceLoader(), new PageParser()::parse, Validator::new, (stage, path) -> { });
    }

    /**
     * For the preview, which rebuilds incrementally afterwards and passes stages that remember what did not change.
     *
     * @param loader     the preview passes one that reads again only files that changed on disk
     * @param parser     called from several threads; the preview passes a cache so unchanged pages are not parsed again
     * @param validators the preview's remember what page-local rules found in pages that did not change
     * @param written    told of every file a build writes and which stage wrote it, from several threads
     */
    public SiteBuilder(SourceLoader loader, Function<SourceFile, ParseResult> parser,
                       Function<ValidationConfig, Validator> validators, BiConsumer<Stage, String> written) {
        this.loader = loader;
        this.parser = parser;
        this.validators = validators;
        this.written = written;
    }

    /** Builds the site into {@code options.output()}, or throws and leaves the old output as it was. */
    public PipelineResult build(PipelineOptions options) throws PipelineFailedException {
        times.clear();
        Checked checked = check(options);
        Site site = checked.site();
        List<Diagnostic> diagnostics = checked.diagnostics();
        try (StagedOutput output = timed(Stage.WRITE, () -> StagedOutput.open(options.output()))) {
            renderAll(site, options, output);
            timed(Stage.WRITE, () -> copyAssets(site, options, tapped(Stage.WRITE, output)));
            timed(Stage.WRITE, () -> {
                output.commit();
                return null;
            });
        } catch (IOException | UncheckedIOException e) {
            throw new PipelineFailedException("could not write " + options.output() + ": " + e.getMessage(), diagnostics);
        } catch (OutputCollisionException e) {
            List<Diagnostic> withCollision = new ArrayList<>(diagnostics);
            withCollision.add(Diagnostic.error(SourcePosition.of(sourceOf(e.path(), site), 1), "output-collision",
                    "the site would have two files named " + e.path() + "; rename this file"));
            throw new PipelineFailedException(e.getMessage(), withCollision.stream().sorted().toList());
        }
        return new PipelineResult(site, diagnostics, times);
    }

    /**
     * Loads, parses and validates without writing anything: what {@code qadocs:check} runs.
     * Fails when there are errors (or warnings, with {@code failOnWarning}).
     */
    public PipelineResult checkOnly(PipelineOptions options) throws PipelineFailedException {
        times.clear();
        Checked checked = check(options);
        return new PipelineResult(checked.site(), checked.diagnostics(), times);
    }

    /**
     * How each page of the last run was read, by path ({@code 124 questions from ### headings}), also when it
     * failed, so {@code qadocs:check} can say it.
     */
    public Map<String, String> readings() {
        return Collections.unmodifiableMap(new TreeMap<>(readings));
    }

    /**
     * The site-wide question unit, when the build or {@code qadocs.yml} sets one: then every page is parsed with
     * it (the preview's cache of parsed pages is bypassed, since its pages were read without it).
     */
    private static Optional<QuestionUnit> questionsFor(SiteConfig config, PipelineOptions options) {
        return options.questions().or(config::questions).flatMap(QuestionUnit::parse)
                .filter(unit -> unit.kind() != QuestionUnit.Kind.AUTO);
    }

    /** Wall time per stage of the last run, also when it failed, so a failing {@code check} can still report it. */
    public Map<Stage, Duration> stageTimes() {
        synchronized (times) {
            return new EnumMap<>(times);
        }
    }

    private record Checked(Site site, List<Diagnostic> diagnostics) {
    }

    private Checked check(PipelineOptions options) throws PipelineFailedException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        LoadResult loaded = timed(Stage.LOAD, () -> loader.load(options.source()));
        diagnostics.addAll(loaded.diagnostics());

        Function<SourceFile, ParseResult> parse = questionsFor(loaded.config(), options)
                .<Function<SourceFile, ParseResult>>map(unit -> new PageParser(unit)::parse).orElse(parser);
        List<ParseResult> parsed = timed(Stage.PARSE, () ->
                loaded.files().parallelStream().map(parse).toList());
        List<Page> pages = new ArrayList<>();
        readings.clear();
        for (ParseResult result : parsed) {
            diagnostics.addAll(result.diagnostics());
            result.page().ifPresent(page -> {
                pages.add(page);
                readings.put(page.path(), result.reading().describe(page.questionCount()));
            });
        }
        pages.sort(NAVIGATION_ORDER);
        Site site = new Site(configure(loaded.config(), options), pages, new TreeSet<>(loaded.assets()));

        Validator validator = validators.apply(options.validation());
        diagnostics.addAll(timed(Stage.VALIDATE, () -> validator.validate(site)));
        List<Diagnostic> sorted = validator.configure(diagnostics);

        Tally tally = Tally.of(sorted, loaded.files().size());
        if (tally.errors() > 0 || (options.validation().failOnWarning() && tally.warnings() > 0)) {
            throw new PipelineFailedException(tally.toString(), sorted);
        }
        return new Checked(site, sorted);
    }

    private static SiteConfig configure(SiteConfig fromFile, PipelineOptions options) {
        return new SiteConfig(options.siteName().orElse(fromFile.name()), fromFile.summary(),
                options.baseUrl().or(fromFile::baseUrl), options.questions().or(fromFile::questions));
    }

    /** The content file whose output collided: the asset or page of that name, else the output name itself. */
    private static String sourceOf(String output, Site site) {
        if (site.assets().contains(output)) {
            return output;
        }
        return site.pages().stream()
                .filter(p -> output.equals(p.slug() + ".html") || output.equals(p.slug() + ".md"))
                .map(Page::path).findFirst().orElse(output);
    }

    private OutputSink tapped(Stage stage, OutputSink output) {
        return (path, content) -> {
            written.accept(stage, path);
            output.write(path, content);
        };
    }

    /** Render, index and llms read the same immutable site and write disjoint files, so they run side by side. */
    private void renderAll(Site site, PipelineOptions options, OutputSink output) {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            CompletableFuture.allOf(
                    run(pool, Stage.RENDER, s -> new SiteRenderer(options.templateDirectory())
                            .render(s, tapped(Stage.RENDER, output)), site),
                    run(pool, Stage.INDEX, s -> new SearchIndexer().write(s, tapped(Stage.INDEX, output)), site),
                    run(pool, Stage.LLMS, s -> new LlmsWriter().write(s, tapped(Stage.LLMS, output)), site)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        } finally {
            pool.shutdown();
        }
    }

    private CompletableFuture<Void> run(ExecutorService pool, Stage stage, Consumer<Site> work, Site site) {
        return CompletableFuture.runAsync(() -> timed(stage, () -> {
            work.accept(site);
            return null;
        }), pool);
    }

    private static Void copyAssets(Site site, PipelineOptions options, OutputSink output) throws IOException {
        for (String asset : site.assets()) {
            output.write(asset, Files.readAllBytes(options.source().resolve(asset)));
        }
        return null;
    }

    private <T, E extends Exception> T timed(Stage stage, ThrowingSupplier<T, E> work) throws E {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            synchronized (times) {
                times.merge(stage, took, Duration::plus);
            }
        }
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T, E extends Exception> {
        T get() throws E;
    }
}
