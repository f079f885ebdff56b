package dev.qadocs.pipeline;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.diagnostic.PageFailure;
import dev.qadocs.diagnostic.Severity;
import dev.qadocs.load.BaseUrl;
import dev.qadocs.diagnostic.Tally;
import dev.qadocs.markdown.SiteMarkdown;
import dev.qadocs.load.LoadResult;
import dev.qadocs.load.LoadRules;
import dev.qadocs.load.SourceFile;
import dev.qadocs.load.SourceLoader;
import dev.qadocs.model.Page;
import dev.qadocs.model.Site;
import dev.qadocs.model.SiteConfig;
import dev.qadocs.model.SourcePosition;
import dev.qadocs.parallel.LargestFirst;
import dev.qadocs.parse.PageParser;
import dev.qadocs.parse.ParseResult;
import dev.qadocs.model.QuestionUnit;
import dev.qadocs.validate.SeverityPolicy;
import dev.qadocs.validate.ValidationConfig;
import dev.qadocs.validate.Validator;
import dev.qadocs.write.ContentAssets;
import dev.qadocs.write.FolderOverlap;
import dev.qadocs.write.OutputCollisionException;
import dev.qadocs.write.OutputSink;
import dev.qadocs.write.StagedOutput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The pipeline: load → parse → validate → the output stages ({@link OutputStages#of}) → write. Each stage lives in its own package;
 * this class only sequences them, times them and decides whether the staged output replaces the old one. It keeps
 * no state between runs: each run's times travel in its result, or in its failure.
 */
public final class SiteBuilder {

    /** Pages sort by their front-matter {@code order}, then by path, so navigation never depends on file-system order. */
    private static final Comparator<Page> NAVIGATION_ORDER = Comparator
            .comparingInt((Page p) -> p.meta().order().orElse(Integer.MAX_VALUE))
            .thenComparing(Page::path);

    private final SourceLoader loader;
    private final Function<SourceFile, ParseResult> parser;
    private final Function<ValidationConfig, Validator> validators;
    private final Function<PipelineOptions, List<OutputStage>> outputs;
    private final BiConsumer<OutputStage, String> written;
    private final BiConsumer<String, String> readings;

    public SiteBuilder() {
        this(new SourceLoader(), new PageParser()::parse, Validator::new, OutputStages::of, (stage, path) -> { });
    }

    /**
     * For the preview, which rebuilds incrementally afterwards and passes stages that remember what did not change.
     *
     * @param loader     the preview passes one that reads again only files that changed on disk
     * @param parser     called from several threads; the preview passes a cache so unchanged pages are not parsed again
     * @param validators the preview's remember what page-local rules found in pages that did not change
     * @param outputs    the output stages a build writes; the preview passes those it rebuilds with afterwards
     * @param written    told of every file an output stage writes and which stage wrote it, from several threads
     */
    public SiteBuilder(SourceLoader loader, Function<SourceFile, ParseResult> parser,
                       Function<ValidationConfig, Validator> validators,
                       Function<PipelineOptions, List<OutputStage>> outputs, BiConsumer<OutputStage, String> written) {
        this(loader, parser, validators, outputs, written, (path, reading) -> { });
    }

    private SiteBuilder(SourceLoader loader, Function<SourceFile, ParseResult> parser,
                        Function<ValidationConfig, Validator> validators,
                        Function<PipelineOptions, List<OutputStage>> outputs, BiConsumer<OutputStage, String> written,
                        BiConsumer<String, String> readings) {
        this.loader = loader;
        this.parser = parser;
        this.validators = validators;
        this.outputs = outputs;
        this.written = written;
        this.readings = readings;
    }

    /**
     * This builder, telling {@code readings} how each parsed page was read, by path
     * ({@code 124 questions from ### headings}), from several threads, also in a run that then fails.
     */
    public SiteBuilder withReadings(BiConsumer<String, String> readings) {
        return new SiteBuilder(loader, parser, validators, outputs, written, readings);
    }

    /** This builder, writing the stages {@code outputs} makes instead of {@link OutputStages#of}. */
    public SiteBuilder withOutputs(Function<PipelineOptions, List<OutputStage>> outputs) {
        return new SiteBuilder(loader, parser, validators, outputs, written, readings);
    }

    /** Builds the site into {@code options.output()}, or throws and leaves the old output as it was. */
    public PipelineResult build(PipelineOptions options) throws PipelineFailedException {
        StageTimer timer = new StageTimer();
        refuseOverlap(options, timer);
        Checked checked = check(options, timer);
        Site site = checked.site();
        List<Diagnostic> diagnostics = checked.diagnostics();
        SeverityPolicy policy = SeverityPolicy.of(options.validation());
        try (StagedOutput output = timer.timed(Stage.WRITE, () -> StagedOutput.open(options.output()))) {
            writeOutputs(site, options, output, timer);
            List<Diagnostic> leftOut = timer.timed(Stage.WRITE, () -> copyAssets(site, options, output, policy));
            if (!leftOut.isEmpty()) {
                diagnostics = failIfDue(policy.apply(concat(diagnostics, leftOut)), checked.files(), options, timer);
            }
            timer.timed(Stage.WRITE, () -> {
                output.commit();
                return null;
            });
        } catch (IOException | UncheckedIOException e) {
            throw new PipelineFailedException("could not write " + options.output() + ": " + e.getMessage(),
                    diagnostics, timer.times());
        } catch (PageFailure e) {
            throw new PipelineFailedException(e.getMessage(), concat(diagnostics, List.of(e.diagnostic())).stream()
                    .sorted().toList(), timer.times());
        } catch (OutputCollisionException e) {
            throw new PipelineFailedException(e.getMessage(), concat(diagnostics, List.of(collision(e, site))).stream()
                    .sorted().toList(), timer.times());
        }
        return new PipelineResult(site, diagnostics, timer.times());
    }

    /** Before anything is read or deleted: overlapping folders would lose content. */
    private static void refuseOverlap(PipelineOptions options, StageTimer timer) throws PipelineFailedException {
        try {
            Optional<String> overlap = FolderOverlap.problem(options.source(), options.output());
            if (overlap.isPresent()) {
                throw new PipelineFailedException(overlap.get(), List.of(), timer.times());
            }
        } catch (IOException e) {
            throw new PipelineFailedException("could not compare the content and output folders: " + e, List.of(),
                    timer.times());
        }
    }

    /**
     * Loads, parses and validates without writing anything: what {@code qadocs:check} runs.
     * Fails when there are errors (or warnings, with {@code failOnWarning}).
     */
    public PipelineResult checkOnly(PipelineOptions options) throws PipelineFailedException {
        StageTimer timer = new StageTimer();
        Checked checked = check(options, timer);
        return new PipelineResult(checked.site(), checked.diagnostics(), timer.times());
    }

    private record Checked(Site site, List<Diagnostic> diagnostics, int files) {
    }

    /**
     * The site-wide question unit, when the build or {@code qadocs.yml} sets one: then every page is parsed with
     * it (the preview's cache of parsed pages is bypassed, since its pages were read without it).
     */
    private static Optional<QuestionUnit> questionsFor(SiteConfig config, PipelineOptions options) {
        return options.questions().or(config::questions).flatMap(QuestionUnit::parse)
                .filter(unit -> unit.kind() != QuestionUnit.Kind.AUTO);
    }

    private Checked check(PipelineOptions options, StageTimer timer) throws PipelineFailedException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        options.baseUrl().flatMap(url -> BaseUrl.problem("baseUrl", url)).ifPresent(problem -> diagnostics.add(
                Diagnostic.error(SourcePosition.of("baseUrl parameter", 1), LoadRules.CONFIG.id(), problem)));
        options.editUrl().flatMap(url -> BaseUrl.problem("editUrl", url)).ifPresent(problem -> diagnostics.add(
                Diagnostic.error(SourcePosition.of("editUrl parameter", 1), LoadRules.CONFIG.id(), problem)));
        LoadResult loaded = timer.timed(Stage.LOAD, () -> loader.load(options.source()));
        diagnostics.addAll(loaded.diagnostics());

        Function<SourceFile, ParseResult> parse = questionsFor(loaded.config(), options)
                .<Function<SourceFile, ParseResult>>map(unit -> new PageParser(unit)::parse).orElse(parser);
        List<ParseResult> parsed = timer.timed(Stage.PARSE, () ->
                LargestFirst.map(loaded.files(), file -> file.text().length(), file -> guarded(parse, file)));
        List<Page> pages = new ArrayList<>();
        for (ParseResult result : parsed) {
            diagnostics.addAll(result.diagnostics());
            result.page().ifPresent(page -> {
                pages.add(page);
                readings.accept(page.path(), result.reading().describe(page.questionCount()));
            });
        }
        pages.sort(NAVIGATION_ORDER);
        Site site = new Site(configure(loaded.config(), options, pages), pages, new TreeSet<>(loaded.assets()));

        Validator validator = validators.apply(options.validation());
        diagnostics.addAll(timer.timed(Stage.VALIDATE, () -> validator.validate(site)));
        int files = loaded.files().size();
        return new Checked(site, failIfDue(SeverityPolicy.of(options.validation()).apply(diagnostics), files, options,
                timer), files);
    }

    /** Throws when there are errors (or warnings, with {@code failOnWarning}); else returns the diagnostics. */
    private static List<Diagnostic> failIfDue(List<Diagnostic> diagnostics, int files, PipelineOptions options,
                                              StageTimer timer) throws PipelineFailedException {
        Tally tally = Tally.of(diagnostics, files);
        if (tally.errors() > 0 || (options.validation().failOnWarning() && tally.warnings() > 0)) {
            throw new PipelineFailedException(tally.toString(), diagnostics, timer.times());
        }
        return diagnostics;
    }

    private static List<Diagnostic> concat(List<Diagnostic> first, List<Diagnostic> then) {
        List<Diagnostic> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    private static Diagnostic collision(OutputCollisionException e, Site site) {
        return Diagnostic.error(SourcePosition.of(sourceOf(e.path(), site), 1), OutputCollisionException.RULE.id(),
                "the site would have two files named " + e.path() + "; rename this file");
    }

    /** Whatever a page does to the parser ends as a finding on that page; the other pages are still checked. */
    private static ParseResult guarded(Function<SourceFile, ParseResult> parse, SourceFile file) {
        try {
            return parse.apply(file);
        } catch (Throwable e) {
            return new ParseResult(Optional.empty(), List.of(PageFailure.diagnostic(file.path(), "parse", e)));
        }
    }

    /** The loader names an unnamed site after its folder; the pages usually say better what it is. */
    private static SiteConfig configure(SiteConfig fromFile, PipelineOptions options, List<Page> pages) {
        Path folder = options.source().toAbsolutePath().normalize();
        boolean unnamed = folder.getFileName() == null || fromFile.name().equals(folder.getFileName().toString());
        String name = options.siteName().orElseGet(() -> unnamed ? SiteDefaults.name(pages, folder) : fromFile.name());
        String summary = fromFile.summary().isBlank() ? SiteDefaults.summary(pages) : fromFile.summary();
        return new SiteConfig(name, summary,
                options.baseUrl().filter(url -> BaseUrl.problem(url).isEmpty()).or(fromFile::baseUrl),
                options.editUrl().filter(url -> BaseUrl.problem(url).isEmpty()).or(fromFile::editUrl),
                options.questions().or(fromFile::questions));
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

    /**
     * The output stages read the same immutable site and write disjoint files, so they run side by side, after
     * the site's Markdown is converted once for all of them.
     */
    private void writeOutputs(Site site, PipelineOptions options, OutputSink output, StageTimer timer) {
        SiteMarkdown markdown = timer.timed(Stage.MARKDOWN, () -> SiteMarkdown.of(site));
        List<OutputStage> stages = outputs.apply(options);
        try {
            OutputStages.sideBySide(stages, stage -> timer.timed(stage.stage(), () -> {
                stage.write(site, site.pages(), markdown, (path, content) -> {
                    written.accept(stage, path);
                    output.write(path, content);
                });
                return null;
            }));
        } catch (Error e) {
            // A stack overflow in a stage that works on the whole site (search, llms): no page to blame.
            throw new PageFailure(options.source().toString(), "build", e);
        }
    }

    /**
     * Copies the content folder's other files. They come after the generated files, so a content file named like
     * one ({@code llms.txt}) has a certain loser: unless {@code output-collision} is an error, it is left out and
     * reported, and the build goes on.
     */
    private static List<Diagnostic> copyAssets(Site site, PipelineOptions options, OutputSink output,
                                               SeverityPolicy policy) throws IOException {
        List<Diagnostic> leftOut = new ArrayList<>();
        ContentAssets.copy(site.assets(), options.source(), output, e -> {
            if (policy.severityOf(OutputCollisionException.RULE) == Severity.ERROR) {
                throw e;
            }
            leftOut.add(collision(e, site));
        });
        return leftOut;
    }
}
