package dev.qadocs.serve;

import dev.qadocs.pipeline.PipelineOptions;
import dev.qadocs.search.SearchIndexer;
import dev.qadocs.llms.LlmsWriter;
import dev.qadocs.model.Page;
import dev.qadocs.model.Site;
import dev.qadocs.render.SiteRenderer;
import dev.qadocs.write.OutputSink;

import java.util.concurrent.CompletableFuture;

/** The real stages behind {@link Publisher}. Made anew when templates change, since the renderer reads them once. */
final class PipelinePublisher implements Publisher {

    private final SiteRenderer renderer;

    PipelinePublisher(PipelineOptions options) {
        this.renderer = new SiteRenderer(options.templateDirectory());
    }

    @Override
    public void page(Site site, Page page, OutputSink output) {
        renderer.renderPage(site, page, output);
    }

    @Override
    public void shared(Site site, OutputSink output) {
        renderer.renderShared(site, output);
    }

    @Override
    public void wholeSite(Site site, OutputSink output) {
        CompletableFuture<Void> index = CompletableFuture.runAsync(() -> new SearchIndexer().write(site, output));
        new LlmsWriter().write(site, output);
        index.join();
    }
}
