package dev.qadocs.load;

import dev.qadocs.model.SiteConfig;

import java.nio.file.Path;
import java.util.List;

/** Finds and reads the content files of a folder. Placeholder: the foundation parser work replaces it. */
public final class SourceLoader {

    public LoadResult load(Path contentDirectory) {
        return new LoadResult(SiteConfig.named("qadocs"), List.of(), List.of(), List.of());
    }
}
