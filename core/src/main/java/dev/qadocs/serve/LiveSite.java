package dev.qadocs.serve;

import dev.qadocs.pipeline.PipelineFailedException;
import dev.qadocs.pipeline.PipelineOptions;
import dev.qadocs.pipeline.PipelineResult;
import dev.qadocs.pipeline.SiteBuilder;
import dev.qadocs.pipeline.OutputStage;
import dev.qadocs.pipeline.OutputStages;
import dev.qadocs.load.SourceLoader;
import dev.qadocs.markdown.SiteMarkdown;
import dev.qadocs.model.Page;
import dev.qadocs.model.Site;
import dev.qadocs.validate.PageDiagnostics;
import dev.qadocs.validate.Validator;
import dev.qadocs.write.ContentAssets;
import dev.qadocs.write.LiveOutput;
import dev.qadocs.write.OutputSink;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The preview's site: the last build that succeeded, and how to bring it up to date with the least work.
 * Every rebuild loads and validates the whole site (it keeps cross-page link checks honest), but reads only files
 * that changed on disk, parses only changed files, runs page-local rules only on changed pages and renders only
 * changed pages, unless what one page shows of the others changed.
 * A rebuild that fails writes nothing, so the last good pages stay served. Updates come from the watcher
 * thread only; {@link #catchUp} may run beside them on another.
 */
final class LiveSite implements Rebuilder {

    private final PipelineOptions options;
    private final Function<PipelineOptions, List<OutputStage>> outputs;
    private final PageCache cache = new PageCache();
    private final SourceLoader loader = SourceLoader.remembering();
    private final PageDiagnostics checkedPages = new PageDiagnostics();
    /** The output stages, shared with the full build; made anew with the templates they read. */
    private List<OutputStage> stages;
    private LiveOutput output;
    private Site site;
    private Navigation navigation;
    /** What the whole-site stages wrote last time: their file names carry content hashes, so old ones go stale. */
    private Set<String> wholeSiteFiles = Set.of();
    private boolean wholeSitePending;
    /** Counts updates that changed pages, so whole-site work made from an older site can be recognised. */
    private long version;

    /** @param outputs called again for every full build and template change, so the new templates are read */
    LiveSite(PipelineOptions options, Function<PipelineOptions, List<OutputStage>> outputs) {
        this.options = options;
        this.outputs = outputs;
    }

    /**
     * A full build through the same staged, atomic path as {@code qadocs:build}, so the preview starts from
     * exactly what would be published. Also the way back after a start with broken content.
     */
    @Override
    public synchronized Rebuild buildAll() throws PipelineFailedException, IOException {
        long start = System.nanoTime();
        Set<String> fromWholeSite = ConcurrentHashMap.newKeySet();
        stages = outputs.apply(options);
        PipelineResult result = builder((stage, path) -> {
            if (stage.scope() == OutputStage.Scope.WHOLE_SITE) {
                fromWholeSite.add(path);
            }
        }).build(options);
        output = LiveOutput.open(options.output());
        wholeSiteFiles = Set.copyOf(fromWholeSite);
        accept(result.site(), Navigation.of(result.site()));
        return new Rebuild(paths(site.pages()), true, true, since(start), result.diagnostics());
    }

    /** @param changed absolute paths the watcher saw change (sources, templates, settings) */
    @Override
    public synchronized Rebuild update(Set<Path> changed) throws PipelineFailedException, IOException {
        if (site == null) {
            return buildAll();
        }
        long start = System.nanoTime();
        boolean templatesChanged = changed.stream().anyMatch(this::isTemplate);
        if (templatesChanged) {
            stages = outputs.apply(options);
        }
        PipelineResult checked = builder((stage, path) -> { }).checkOnly(options);
        Site next = checked.site();
        Navigation nextNavigation = Navigation.of(next);
        boolean everything = templatesChanged || !nextNavigation.equals(navigation);
        Set<String> written = ConcurrentHashMap.newKeySet();
        OutputSink sink = recording(written);
        List<Page> pages = everything ? next.pages() : changedPages(next);
        if (everything) {
            write(OutputStage.Scope.SHARED, next, pages, sink);
        }
        write(OutputStage.Scope.PER_PAGE, next, pages, sink);
        // A live output replaces whatever it holds, so it never refuses an asset for its name.
        ContentAssets.copy(newOrChanged(next, changed), options.source(), sink, e -> {
            throw e;
        });
        boolean removed = false;
        if (everything) {
            written.addAll(next.assets());
            written.addAll(wholeSiteFiles);
            output.retainOnly(written);
        } else {
            removed = removeStale(site.assets(), next.assets());
        }
        if (everything || !pages.isEmpty()) {
            wholeSitePending = true;
            version++;
        }
        accept(next, nextNavigation);
        return new Rebuild(paths(pages), everything, !written.isEmpty() || removed, since(start),
                checked.diagnostics());
    }

    /**
     * Writes the outputs built from every page at once (search index, llms files) if an update changed any
     * page. Kept apart from {@link #update} so the browser reloads as soon as the pages are written, and run on
     * another thread: the files are made in a scratch folder without holding the site, so a save meanwhile is
     * not kept waiting, then moved in together. Work overtaken by a newer update is thrown away.
     */
    @Override
    public Optional<Duration> catchUp() throws IOException {
        Site snapshot;
        List<OutputStage> wholeSite;
        long made;
        synchronized (this) {
            if (!wholeSitePending) {
                return Optional.empty();
            }
            wholeSitePending = false;
            snapshot = site;
            wholeSite = OutputStages.in(OutputStage.Scope.WHOLE_SITE, stages);
            made = version;
        }
        long start = System.nanoTime();
        LiveOutput scratch = output.scratch();
        Set<String> fromWholeSite = ConcurrentHashMap.newKeySet();
        try {
            OutputSink sink = (path, bytes) -> {
                fromWholeSite.add(path);
                scratch.write(path, bytes);
            };
            OutputStages.sideBySide(wholeSite, stage -> stage.write(snapshot, snapshot.pages(), SiteMarkdown.none(),
                    sink));
        } catch (RuntimeException e) {
            scratch.discard();
            synchronized (this) {
                wholeSitePending = true;
            }
            throw e;
        }
        synchronized (this) {
            if (made != version) {
                scratch.discard();
                return Optional.empty();
            }
            output.adopt(scratch, fromWholeSite);
            removeStale(wholeSiteFiles, fromWholeSite);
            wholeSiteFiles = Set.copyOf(fromWholeSite);
        }
        return Optional.of(since(start));
    }

    /** A builder that reads, parses and checks again only what changed since the last build of this preview. */
    private SiteBuilder builder(BiConsumer<OutputStage, String> written) {
        return new SiteBuilder(loader, cache, config -> new Validator(config, checkedPages), unused -> stages,
                written);
    }

    /**
     * The preview converts Markdown where it is read: an edit changes a page or two, not worth converting the
     * whole site for.
     */
    private void write(OutputStage.Scope scope, Site site, List<Page> pages, OutputSink sink) {
        for (OutputStage stage : OutputStages.in(scope, stages)) {
            stage.write(site, pages, SiteMarkdown.none(), sink);
        }
    }

    private void accept(Site next, Navigation itsNavigation) {
        site = next;
        navigation = itsNavigation;
        cache.retain(next.pages().stream().map(Page::path).collect(Collectors.toSet()));
    }

    private List<Page> changedPages(Site next) {
        Map<String, Page> before = site.pages().stream().collect(Collectors.toMap(Page::path, Function.identity()));
        return next.pages().stream().filter(page -> !page.equals(before.get(page.path()))).toList();
    }

    /** New assets, and assets whose file the watcher saw change. */
    private List<String> newOrChanged(Site next, Set<Path> changed) {
        Path source = options.source().toAbsolutePath().normalize();
        Set<String> touched = changed.stream().filter(p -> p.startsWith(source))
                .map(p -> source.relativize(p).toString().replace('\\', '/')).collect(Collectors.toSet());
        return next.assets().stream().filter(asset -> touched.contains(asset) || !site.assets().contains(asset))
                .toList();
    }

    private OutputSink recording(Set<String> written) {
        return (path, bytes) -> {
            written.add(path);
            output.write(path, bytes);
        };
    }

    /** Deletes what {@code before} has and {@code now} has not; true if there was any. */
    private boolean removeStale(Set<String> before, Set<String> now) throws IOException {
        Set<String> gone = new TreeSet<>(before);
        gone.removeAll(now);
        for (String path : gone) {
            output.delete(path);
        }
        return !gone.isEmpty();
    }

    private boolean isTemplate(Path path) {
        return options.templateDirectory().map(dir -> path.startsWith(dir.toAbsolutePath().normalize())).orElse(false);
    }

    private static List<String> paths(Collection<Page> pages) {
        return pages.stream().map(Page::path).toList();
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
