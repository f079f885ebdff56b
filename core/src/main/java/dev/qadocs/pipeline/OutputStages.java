package dev.qadocs.pipeline;

import dev.qadocs.llms.LlmsWriter;
import dev.qadocs.markdown.SiteMarkdown;
import dev.qadocs.model.Page;
import dev.qadocs.model.Site;
import dev.qadocs.parallel.Futures;
import dev.qadocs.parallel.LargestFirst;
import dev.qadocs.render.SiteRenderer;
import dev.qadocs.search.SearchIndexer;
import dev.qadocs.write.OutputSink;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/** The site's outputs, in the one list the full build and the preview both walk, and how to make one. */
public final class OutputStages {

    /** What a {@link OutputStage.Scope#PER_PAGE} stage writes for one page. */
    @FunctionalInterface
    public interface PageWork {
        void write(Site site, Page page, SiteMarkdown markdown, OutputSink output);
    }

    /** What a stage of wider scope writes for the whole site. */
    @FunctionalInterface
    public interface SiteWork {
        void write(Site site, SiteMarkdown markdown, OutputSink output);
    }

    private OutputStages() {
    }

    /**
     * Every output the site has. The renderer reads the templates once, so a new list is what sees changed
     * templates: the preview asks for one when they change.
     */
    public static List<OutputStage> of(PipelineOptions options) {
        SiteRenderer renderer = new SiteRenderer(options.templateDirectory());
        return List.of(
                perPage(Stage.RENDER, renderer::renderPage),
                shared(Stage.RENDER, (site, markdown, output) -> renderer.renderShared(site, output)),
                wholeSite(Stage.INDEX, new SearchIndexer()::write),
                wholeSite(Stage.LLMS, new LlmsWriter()::write));
    }

    public static OutputStage perPage(Stage stage, PageWork work) {
        return new PageStage(stage, work);
    }

    public static OutputStage shared(Stage stage, SiteWork work) {
        return new SiteStage(stage, OutputStage.Scope.SHARED, work);
    }

    public static OutputStage wholeSite(Stage stage, SiteWork work) {
        return new SiteStage(stage, OutputStage.Scope.WHOLE_SITE, work);
    }

    /** The stages of {@code stages} that have {@code scope}, in their order. */
    public static List<OutputStage> in(OutputStage.Scope scope, List<OutputStage> stages) {
        return stages.stream().filter(stage -> stage.scope() == scope).toList();
    }

    /**
     * Runs {@code work} for every stage at once, each on a thread of its own rather than the common pool, which
     * the stages' own page-parallel work uses and which a small machine sizes to a single thread. Rethrows what
     * a stage threw.
     */
    public static void sideBySide(Collection<OutputStage> stages, Consumer<OutputStage> work) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, stages.size()));
        try {
            Futures.joined(CompletableFuture.allOf(stages.stream()
                    .map(stage -> CompletableFuture.runAsync(() -> work.accept(stage), pool))
                    .toArray(CompletableFuture[]::new)));
        } finally {
            pool.shutdown();
        }
    }

    private record PageStage(Stage stage, PageWork work) implements OutputStage {
        @Override
        public Scope scope() {
            return Scope.PER_PAGE;
        }

        /** Pages share nothing mutable and sinks take concurrent writes, so pages are written side by side. */
        @Override
        public void write(Site site, List<Page> pages, SiteMarkdown markdown, OutputSink output) {
            LargestFirst.forEach(pages, Page::markdownLength, page -> work.write(site, page, markdown, output));
        }
    }

    private record SiteStage(Stage stage, Scope scope, SiteWork work) implements OutputStage {
        @Override
        public void write(Site site, List<Page> pages, SiteMarkdown markdown, OutputSink output) {
            work.write(site, markdown, output);
        }
    }
}
