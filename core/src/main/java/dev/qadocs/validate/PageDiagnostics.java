package dev.qadocs.validate;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.model.Page;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the page-local rules ({@link dev.qadocs.validate.rule.PageRule}) found in each page, kept while the page
 * stays the same, so that the preview re-checks only the page an edit changed; on a large site those rules were
 * most of a rebuild's validation. A page is the same when its record is equal, which the preview's parse cache
 * makes an identity check for unchanged files. Which rules ran is part of what is kept: use one instance with one
 * configuration only.
 */
public final class PageDiagnostics {

    private final Map<String, Checked> byPath = new ConcurrentHashMap<>();

    private record Checked(Page page, List<Diagnostic> diagnostics) {
    }

    List<Diagnostic> of(Page page, Function<Page, List<Diagnostic>> check) {
        Checked cached = byPath.get(page.path());
        if (cached != null && cached.page().equals(page)) {
            return cached.diagnostics();
        }
        List<Diagnostic> found = List.copyOf(check.apply(page));
        byPath.put(page.path(), new Checked(page, found));
        return found;
    }

    /** Forgets pages that are gone, so a long preview session does not keep every deleted page alive. */
    void retain(Collection<Page> pages) {
        Set<String> paths = pages.stream().map(Page::path).collect(Collectors.toSet());
        byPath.keySet().retainAll(paths);
    }
}
