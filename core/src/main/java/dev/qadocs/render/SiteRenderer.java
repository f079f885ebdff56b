package dev.qadocs.render;

import dev.qadocs.model.Site;
import dev.qadocs.write.OutputSink;

import java.nio.file.Path;
import java.util.Optional;

/** Renders HTML pages and theme assets through Mustache. Placeholder: the renderer work replaces it. */
public final class SiteRenderer {

    private final Optional<Path> templateDirectory;

    public SiteRenderer(Optional<Path> templateDirectory) {
        this.templateDirectory = templateDirectory;
    }

    public void render(Site site, OutputSink output) {
    }
}
