package dev.qadocs.serve;

import java.util.List;

/**
 * What open browsers need to know: which build they should be showing, and why the latest change did not build.
 *
 * @param generation changes with every successful rebuild; a page served under another generation is stale
 * @param problems   the diagnostics of a failed rebuild, one line each; empty when the last rebuild succeeded
 */
record PreviewState(String generation, List<String> problems) {

    PreviewState {
        problems = List.copyOf(problems);
    }
}
