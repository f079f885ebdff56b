package dev.qadocs.index;

import java.util.ArrayList;
import java.util.List;

/**
 * What a hit shows (title, link, category, snippet text), a few documents per file: the client fetches only the
 * files of the hits it shows. Files are written as documents arrive, so the text of the whole site is never held.
 */
final class ResultRecords {

    static final int PER_FILE = 4;
    /** Enough text for a two-line snippet around the first matching word. */
    static final int SNIPPET_CHARS = 240;

    private final ScriptFiles files;
    private final List<String> names = new ArrayList<>();
    private List<List<Object>> pending = new ArrayList<>();

    ResultRecords(ScriptFiles files) {
        this.files = files;
    }

    void add(SearchDocument document) {
        pending.add(List.of(document.title(), document.url(), document.category(), cut(document.snippet())));
        if (pending.size() == PER_FILE) {
            flush();
        }
    }

    /** Names of the record files; file {@code i} holds documents {@code i*PER_FILE} onwards. */
    List<String> finish() {
        flush();
        return List.copyOf(names);
    }

    private void flush() {
        if (!pending.isEmpty()) {
            names.add(files.write("r", pending));
            pending = new ArrayList<>();
        }
    }

    private static String cut(String text) {
        if (text.length() <= SNIPPET_CHARS) {
            return text;
        }
        int space = text.lastIndexOf(' ', SNIPPET_CHARS);
        return text.substring(0, space > SNIPPET_CHARS / 2 ? space : SNIPPET_CHARS) + "…";
    }
}
