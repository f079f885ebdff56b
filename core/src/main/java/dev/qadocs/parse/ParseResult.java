package dev.qadocs.parse;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.model.Page;

import java.util.List;
import java.util.Optional;

/** A parsed page (absent when the file could not be read as a page at all) and what the parser noticed. */
public record ParseResult(Optional<Page> page, List<Diagnostic> diagnostics) {

    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
