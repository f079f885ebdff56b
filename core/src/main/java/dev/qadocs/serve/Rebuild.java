package dev.qadocs.serve;

import dev.qadocs.diagnostic.Diagnostic;

import java.time.Duration;
import java.util.List;

/**
 * What one rebuild did, for the console and for tests.
 *
 * @param renderedPages paths of the pages whose HTML was written again
 * @param everything    true when every page was rendered, because navigation, templates or settings changed
 * @param siteChanged   false when the change made no difference to the site (a draft file, a save without
 *                      edits, an undo back to the served state): browsers then have nothing to reload
 * @param diagnostics   warnings of a rebuild that succeeded
 */
record Rebuild(List<String> renderedPages, boolean everything, boolean siteChanged, Duration took,
               List<Diagnostic> diagnostics) {

    Rebuild {
        renderedPages = List.copyOf(renderedPages);
        diagnostics = List.copyOf(diagnostics);
    }

    String summary() {
        if (!siteChanged) {
            return "nothing to rebuild (" + took.toMillis() + " ms)";
        }
        String what = everything ? "all " + renderedPages.size() + " pages"
                : renderedPages.isEmpty() ? "no pages" : String.join(", ", renderedPages);
        return "rebuilt " + what + " in " + took.toMillis() + " ms";
    }
}
