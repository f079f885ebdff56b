package dev.qadocs.load;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.model.SiteConfig;

import java.util.List;

/**
 * What the load stage found.
 *
 * @param files       the content pages, read and decoded, sorted by path
 * @param assets      other files to publish as they are (images…), relative paths sorted
 * @param diagnostics why a file was skipped or the config was not understood
 */
public record LoadResult(SiteConfig config, List<SourceFile> files, List<String> assets,
                         List<Diagnostic> diagnostics) {

    public LoadResult {
        files = List.copyOf(files);
        assets = List.copyOf(assets);
        diagnostics = List.copyOf(diagnostics);
    }
}
