package dev.qadocs.render;

import dev.qadocs.model.Site;
import dev.qadocs.testing.MemoryOutput;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** A site rendered with the default theme into a folder, for a browser to open from file://. */
final class RenderedSite {

    private RenderedSite() {
    }

    static void write(Site site, Path folder) throws IOException {
        MemoryOutput output = new MemoryOutput();
        new SiteRenderer(Optional.empty()).render(site, output);
        output.saveTo(folder);
    }
}
