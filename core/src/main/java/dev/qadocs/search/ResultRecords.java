package dev.qadocs.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What a hit shows (title, link, category, snippet text), eight documents per file: the client fetches only the
 * files of the hits it shows, a few kilobytes each. Eight, not one or two: a site of 10,000 questions then has
 * about a thousand files rather than thousands. Still too many to list by name in the manifest every first query
 * downloads, so they share one hash, of all their contents, and differ by
 * number: {@code r.<hash>.<n>.js}. The price is that records are held until the last document is in (a few
 * hundred bytes each, far less than the Lucene index beside them), and any edit renames them all.
 */
final class ResultRecords {

    static final int PER_FILE = 8;
    /** Enough text for a two-line snippet around the first matching word. */
    static final int SNIPPET_CHARS = 240;

    private final List<List<List<Object>>> chunks = new ArrayList<>();

    void add(SearchDocument document) {
        if (chunks.isEmpty() || chunks.get(chunks.size() - 1).size() == PER_FILE) {
            chunks.add(new ArrayList<>());
        }
        chunks.get(chunks.size() - 1).add(List.of(document.title(), document.url(), document.category(), cut(document.snippet())));
    }

    /** Writes the files and returns their shared hash. */
    String write(ScriptFiles files) {
        return files.writeNumbered("r", chunks);
    }

    private static String cut(String text) {
        if (text.length() <= SNIPPET_CHARS) {
            return text;
        }
        int space = text.lastIndexOf(' ', SNIPPET_CHARS);
        return text.substring(0, space > SNIPPET_CHARS / 2 ? space : SNIPPET_CHARS) + "…";
    }
}
