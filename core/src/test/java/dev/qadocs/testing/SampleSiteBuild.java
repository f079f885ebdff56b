package dev.qadocs.testing;

import dev.qadocs.pipeline.PipelineOptions;
import dev.qadocs.pipeline.SiteBuilder;

import java.nio.file.Path;

/** The sample site (site-content/) built through the whole pipeline, as a reader would get it. */
public final class SampleSiteBuild {

    private SampleSiteBuild() {
    }

    public static Path into(Path folder) throws Exception {
        Path site = folder.resolve("site");
        new SiteBuilder().build(PipelineOptions.of(Corpus.siteContent(), site));
        return site;
    }
}
