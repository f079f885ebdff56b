package dev.qadocs.llms;

import dev.qadocs.diagnostic.PageFailure;
import dev.qadocs.markdown.SiteMarkdown;
import dev.qadocs.model.Page;
import dev.qadocs.model.Site;
import dev.qadocs.write.OutputSink;

/**
 * Writes what LLM readers want: {@code llms.txt} (an index per llmstxt.org, deep-linking every question),
 * {@code llms-full.txt} (all content as Markdown) and a clean Markdown twin of every page beside its HTML
 * ({@code guide/rag.html} gets {@code guide/rag.md}).
 */
public final class LlmsWriter {

    public void write(Site site, OutputSink output) {
        write(site, SiteMarkdown.none(), output);
    }

    /** {@link #write(Site, OutputSink)}, reading gists from {@code markdown}, which holds the site's converted. */
    public void write(Site site, SiteMarkdown markdown, OutputSink output) {
        StringBuilder full = new StringBuilder(LlmsIndex.header(site.config()));
        for (Page page : site.pages()) {
            full.append('\n').append(writePage(page, output));
        }
        output.write("llms.txt", LlmsIndex.of(site, markdown));
        output.write("llms-full.txt", full.toString());
    }

    /** Writes the page's Markdown twin and returns it, for llms-full.txt. */
    private static String writePage(Page page, OutputSink output) {
        String markdown;
        try {
            markdown = PageMarkdown.of(page);
        } catch (RuntimeException | StackOverflowError e) {
            throw new PageFailure(page.path(), "write the Markdown twin of", e);
        }
        output.write(page.slug() + ".md", markdown);
        return markdown;
    }
}
