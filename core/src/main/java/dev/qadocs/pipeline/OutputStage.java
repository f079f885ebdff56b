package dev.qadocs.pipeline;

import dev.qadocs.markdown.SiteMarkdown;
import dev.qadocs.model.Page;
import dev.qadocs.model.Site;
import dev.qadocs.write.OutputSink;

import java.util.List;

/**
 * One output of the site, as both the full build and the preview's incremental rebuild see it: its scope says
 * which edits make it write again. Every stage writes files no other stage writes. {@link OutputStages#of} holds
 * the one list of them that both walk.
 */
public interface OutputStage {

    /** What the files of a stage are drawn from, which decides when the preview writes them again. */
    enum Scope {
        /** A file per page, drawn from that page and the navigation: written again for the pages that changed. */
        PER_PAGE,
        /** Files of no page that show the navigation (home, 404, theme assets): written again with every page. */
        SHARED,
        /** Files drawn from every page at once: written again, apart from the pages, whenever a page changed. */
        WHOLE_SITE
    }

    /** The stage the build log times it under. */
    Stage stage();

    Scope scope();

    /**
     * Writes this stage's files of {@code pages} (pages of {@code site}), for a {@link Scope#PER_PAGE} stage;
     * a stage of another scope has no file of one page, so it writes all of its files.
     */
    void write(Site site, List<Page> pages, SiteMarkdown markdown, OutputSink output);
}
