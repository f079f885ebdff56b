package dev.qadocs.parse;

import dev.qadocs.load.SourceFile;

import java.util.List;
import java.util.Optional;

/** Turns one source file into a page. Placeholder: the parser work replaces it. Must be thread-safe. */
public final class PageParser {

    public ParseResult parse(SourceFile file) {
        return new ParseResult(Optional.empty(), List.of());
    }
}
