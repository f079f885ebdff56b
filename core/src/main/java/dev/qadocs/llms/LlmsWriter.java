package dev.qadocs.llms;

import dev.qadocs.model.Site;
import dev.qadocs.write.OutputSink;

/** Writes llms.txt, llms-full.txt and a Markdown twin of every page. Placeholder: the renderer work replaces it. */
public final class LlmsWriter {

    public void write(Site site, OutputSink output) {
    }
}
