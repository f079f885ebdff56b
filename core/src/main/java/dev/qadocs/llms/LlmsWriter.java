package dev.qadocs.llms;

import dev.qadocs.diagnostic.PageFailure;
import dev.qadocs.markdown.SiteMarkdown;
import dev.qadocs.model.Page;
import dev.qadocs.model.Site;
import dev.qadocs.write.OutputSink;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes what LLM readers want: {@code llms.txt} (an index per llmstxt.org, deep-linking every question),
 * {@code llms-full.txt} (all content as Markdown) and a clean Markdown twin of every page beside its HTML
 * ({@code guide/rag.html} gets {@code guide/rag.md}).
 */
public final class LlmsWriter {

    private static final byte[] NEWLINE = {'\n'};

    public void write(Site site, OutputSink output) {
        write(site, SiteMarkdown.none(), output);
    }

    /** {@link #write(Site, OutputSink)}, reading gists from {@code markdown}, which holds the site's converted. */
    public void write(Site site, SiteMarkdown markdown, OutputSink output) {
        // llms-full.txt is the twins joined, so it is joined from their bytes: encoding every twin a second time
        // inside one string as large as the site cost as much as making them.
        List<byte[]> full = new ArrayList<>();
        full.add(LlmsIndex.header(site.config()).getBytes(StandardCharsets.UTF_8));
        for (Page page : site.pages()) {
            full.add(NEWLINE);
            full.add(writePage(page, output));
        }
        output.write("llms.txt", LlmsIndex.of(site, markdown));
        output.write("llms-full.txt", joined(full));
    }

    /** Writes the page's Markdown twin and returns it, for llms-full.txt. */
    private static byte[] writePage(Page page, OutputSink output) {
        String markdown;
        try {
            markdown = PageMarkdown.of(page);
        } catch (RuntimeException | StackOverflowError e) {
            throw new PageFailure(page.path(), "write the Markdown twin of", e);
        }
        byte[] bytes = markdown.getBytes(StandardCharsets.UTF_8);
        output.write(page.slug() + ".md", bytes);
        return bytes;
    }

    private static byte[] joined(List<byte[]> parts) {
        byte[] all = new byte[parts.stream().mapToInt(part -> part.length).sum()];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
