package dev.qadocs.serve;

import dev.qadocs.model.Page;
import dev.qadocs.model.Site;
import dev.qadocs.write.OutputSink;

/**
 * The stages that write files, cut the way an incremental rebuild needs them: one page at a time where the
 * stage allows it, the whole site where it does not. {@link #shared} plus {@link #page} for every page plus
 * {@link #wholeSite} writes exactly what a full build writes.
 */
interface Publisher {

    /** The HTML of one page, with navigation drawn from {@code site}. */
    void page(Site site, Page page, OutputSink output);

    /** What belongs to no single page: home, 404, theme assets, sitemap. */
    void shared(Site site, OutputSink output);

    /** Outputs built from every page at once: the search index, llms.txt and its companions. */
    void wholeSite(Site site, OutputSink output);
}
