package dev.qadocs.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What a hit shows (title, link, page and category, snippet text), eight documents per file: the client fetches only the
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

    /**
     * One {@code r.<hash>.<n>.js}: the records of up to {@link #PER_FILE} consecutive documents, as columns, so
     * the keys are written once per file. Its components are the file's JSON keys, described to the client by the
     * {@code RecordFile} typedef of {@code search-engine.js}. The page and category titles are spelt out, not
     * numbers into the category table, so showing hits never needs that table: it grows with the site, and only
     * the filter reads it.
     *
     * @param pages      the title of each document's page
     * @param categories the title of each document's category, empty for a page's introduction
     */
    record RecordFile(List<String> titles, List<String> urls, List<String> pages, List<String> categories,
                      List<String> snippets) {
    }

    private final List<String> titles = new ArrayList<>();
    private final List<String> urls = new ArrayList<>();
    private final List<String> pages = new ArrayList<>();
    private final List<String> categories = new ArrayList<>();
    private final List<String> snippets = new ArrayList<>();

    void add(SearchDocument document) {
        titles.add(document.title());
        urls.add(document.url());
        pages.add(document.category().page());
        categories.add(document.category().title());
        snippets.add(cut(document.snippet()));
    }

    /** Writes the files and returns where the client finds them. */
    SearchManifest.RecordFiles write(ScriptFiles files) {
        List<RecordFile> parts = new ArrayList<>();
        for (int from = 0; from < titles.size(); from += PER_FILE) {
            int to = Math.min(titles.size(), from + PER_FILE);
            parts.add(new RecordFile(List.copyOf(titles.subList(from, to)), List.copyOf(urls.subList(from, to)),
                    List.copyOf(pages.subList(from, to)), List.copyOf(categories.subList(from, to)),
                    List.copyOf(snippets.subList(from, to))));
        }
        return new SearchManifest.RecordFiles(files.writeNumbered("r", parts), PER_FILE);
    }

    private static String cut(String text) {
        if (text.length() <= SNIPPET_CHARS) {
            return text;
        }
        int space = text.lastIndexOf(' ', SNIPPET_CHARS);
        return text.substring(0, space > SNIPPET_CHARS / 2 ? space : SNIPPET_CHARS) + "…";
    }
}
