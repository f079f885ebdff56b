package dev.qadocs.search;

import dev.qadocs.parse.Slugger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a hit shows (title, link, page and category, snippet text), for consecutive documents per file: the client
 * fetches only the files of the hits it shows. A file weighs about {@link #FILE_BYTES} written, however long the
 * site's snippets are: the number per file is set from the site's first records, so it is one number in the
 * manifest, not a table that grows with the site. Files too many to list by name share one hash, of all their
 * contents, and differ by number: {@code r.<hash>.<n>.js}. The price is that records are held until the last
 * document is in (a few hundred bytes each, far less than the Lucene index beside them), and any edit renames
 * them all.
 */
final class ResultRecords {

    /**
     * About 4.6 KB written per file. A first query reads the files of its ten hits, which are often far apart,
     * so it pays about ten files: this keeps that under 50 KB, and the site's files about twice as many as
     * Pagefind writes for the same pages. Smaller files cost hosts files, larger ones cost readers bytes.
     */
    static final int FILE_BYTES = 4_600;
    /** Records enough to tell how well this site's records compress: real answers to a half, generated ones less. */
    private static final int SAMPLE_CHARS = 40_000;
    /** Enough text for the client's two-line snippet (160 characters) to start a little before a matching word. */
    static final int SNIPPET_CHARS = 180;
    /** A record's JSON beyond its strings: quotes, commas, its group number. */
    private static final int RECORD_OVERHEAD = 10;

    /**
     * One {@code r.<hash>.<n>.js}, as columns, so the keys are written once per file. Documents of one page's
     * category share a group, which spells out its page and category once per file: the page and category titles
     * are spelt out, not numbers into the category table, so showing hits never needs that table (it grows with
     * the site, and only the filter reads it). Its components are the file's JSON keys, described to the client by
     * the {@code RecordFile} typedef of {@code search-engine.js}.
     *
     * @param pages      each group's page title
     * @param pageUrls   each group's page link, relative to the site root
     * @param categories each group's category title, empty for a page's introduction
     * @param groups     each document's group
     * @param titles     each document's title
     * @param anchors    what follows the page link in each document's link: {@code #id}, nothing, or {@code null}
     *                   for {@code #} and the slug of its (ASCII) title
     * @param snippets   each document's snippet text
     */
    record RecordFile(List<String> pages, List<String> pageUrls, List<String> categories, List<Integer> groups,
                      List<String> titles, List<String> anchors, List<String> snippets) {
    }

    private final List<SearchCategory> categories = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private final List<String> anchors = new ArrayList<>();
    private final List<String> snippets = new ArrayList<>();
    private long chars;

    void add(SearchDocument document) {
        SearchCategory category = document.category();
        if (!document.url().startsWith(category.pageUrl())) {
            throw new IllegalArgumentException(document.url() + " is not on the page " + category.pageUrl());
        }
        String anchor = spelt(document.title(), document.url().substring(category.pageUrl().length()));
        String snippet = cut(document.snippet());
        categories.add(category);
        titles.add(document.title());
        anchors.add(anchor);
        snippets.add(snippet);
        chars += document.title().length() + (anchor == null ? 4 : anchor.length()) + snippet.length() + RECORD_OVERHEAD;
    }

    /** Adds what {@code next} holds after what this holds: the records of the documents numbered after these. */
    void addAll(ResultRecords next) {
        categories.addAll(next.categories);
        titles.addAll(next.titles);
        anchors.addAll(next.anchors);
        snippets.addAll(next.snippets);
        chars += next.chars;
    }

    /** Writes the files and returns where the client finds them. */
    SearchManifest.RecordFiles write(ScriptFiles files) {
        int perFile = perFile();
        List<RecordFile> parts = new ArrayList<>();
        for (int from = 0; from < titles.size(); from += perFile) {
            parts.add(part(from, Math.min(titles.size(), from + perFile)));
        }
        return new SearchManifest.RecordFiles(files.writeNumbered("r", parts), perFile);
    }

    /** Records per file for about {@link #FILE_BYTES} written, from what a sample of the first ones weighs written. */
    private int perFile() {
        if (titles.isEmpty()) {
            return 1;
        }
        int sample = (int) Math.min(titles.size(), Math.max(1, Math.round(SAMPLE_CHARS / ((double) chars / titles.size()))));
        double bytesPerRecord = (double) ScriptFiles.scriptLength(part(0, sample)) / sample;
        return (int) Math.max(1, Math.round(FILE_BYTES / bytesPerRecord));
    }

    private RecordFile part(int from, int to) {
        Map<SearchCategory, Integer> groupOf = new LinkedHashMap<>();
        List<Integer> groups = new ArrayList<>();
        for (SearchCategory category : categories.subList(from, to)) {
            groups.add(groupOf.computeIfAbsent(category, c -> groupOf.size()));
        }
        List<SearchCategory> used = List.copyOf(groupOf.keySet());
        return new RecordFile(used.stream().map(SearchCategory::page).toList(),
                used.stream().map(SearchCategory::pageUrl).toList(), used.stream().map(SearchCategory::title).toList(),
                groups, List.copyOf(titles.subList(from, to)), new ArrayList<>(anchors.subList(from, to)),
                List.copyOf(snippets.subList(from, to)));
    }

    /**
     * The anchor as a record holds it: {@code null} where it is {@code #} and the title's slug and the title is
     * ASCII, for which {@link Slugger}'s rules are the few the client repeats ({@code derivedAnchor} in
     * {@code search-engine.js}). Most anchors are their title's slug, and spelt out they were a sixth of the
     * records' bytes, which every first query reads ten files of.
     */
    private static String spelt(String title, String anchor) {
        boolean ascii = title.chars().allMatch(c -> c < 0x80);
        return ascii && anchor.equals("#" + Slugger.slug(title)) ? null : anchor;
    }

    private static String cut(String text) {
        if (text.length() <= SNIPPET_CHARS) {
            return text;
        }
        int space = text.lastIndexOf(' ', SNIPPET_CHARS);
        return text.substring(0, space > SNIPPET_CHARS / 2 ? space : SNIPPET_CHARS) + "…";
    }
}
