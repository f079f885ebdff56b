package dev.qadocs.serve;

import dev.qadocs.load.SourceFile;
import dev.qadocs.parse.PageParser;
import dev.qadocs.parse.ParseResult;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Parses a file only when its text changed since the last build. The text itself is the key, compared whole:
 * as cheap as hashing it (both read every character) and it can never collide. Parsing is pure, so an unchanged
 * file gives back the very same page record, which lets the rebuild spot changed pages by identity.
 */
final class PageCache implements Function<SourceFile, ParseResult> {

    private final PageParser parser = new PageParser();
    private final Map<String, Parsed> byPath = new ConcurrentHashMap<>();

    private record Parsed(String text, ParseResult result) {
    }

    @Override
    public ParseResult apply(SourceFile file) {
        Parsed cached = byPath.get(file.path());
        if (cached != null && cached.text().equals(file.text())) {
            return cached.result();
        }
        ParseResult result = parser.parse(file);
        byPath.put(file.path(), new Parsed(file.text(), result));
        return result;
    }

    /** Forgets files that are gone, so a long preview session does not keep every deleted page alive. */
    void retain(Set<String> paths) {
        byPath.keySet().retainAll(paths);
    }
}
