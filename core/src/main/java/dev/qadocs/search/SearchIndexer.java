package dev.qadocs.search;

import dev.qadocs.markdown.SiteMarkdown;
import dev.qadocs.model.Page;
import dev.qadocs.model.Site;
import dev.qadocs.parallel.Futures;
import dev.qadocs.write.OutputSink;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Builds the site's search index with Lucene and writes it under {@code search/} as static files the theme's
 * search scripts load on demand: {@code search/index.js} (the {@link SearchManifest}) names every other file.
 */
public final class SearchIndexer {

    /** More parts than cores only add segments to read back; more than four gain little on a site's text. */
    private static final int MAX_PARTS = 4;

    private final int parts;

    /** An indexer working on as many parts of the site at once as there are cores, up to four. */
    public SearchIndexer() {
        this(Math.min(MAX_PARTS, Runtime.getRuntime().availableProcessors()));
    }

    /** An indexer working on up to {@code parts} parts of the site at once: its files are the same for any number. */
    SearchIndexer(int parts) {
        this.parts = Math.max(1, parts);
    }

    /** Indexes {@code site} and writes the files; returns the number of bytes written. */
    public long write(Site site, OutputSink output) {
        return write(site, SiteMarkdown.none(), output);
    }

    /** {@link #write(Site, OutputSink)}, reading the text of {@code markdown}, which holds the site's converted. */
    public long write(Site site, SiteMarkdown markdown, OutputSink output) {
        ScriptFiles files = new ScriptFiles(output);
        ExecutorService threads = Executors.newFixedThreadPool(parts);
        List<Part> indexed = indexInParts(site, markdown, threads);
        try {
            ResultRecords records = new ResultRecords();
            List<SearchCategory> categories = new ArrayList<>();
            List<IndexReader> readers = new ArrayList<>();
            for (Part part : indexed) {
                records.addAll(part.records());
                categories.addAll(part.categories());
                readers.add(part.reader());
            }
            // The records' files need nothing of the export, so they are written beside it, not after it.
            CompletableFuture<SearchManifest.RecordFiles> recordFiles = CompletableFuture.supplyAsync(
                    () -> records.write(files), threads);
            SearchManifest manifest;
            try (MultiReader reader = new MultiReader(readers.toArray(IndexReader[]::new))) {
                IndexExport.Tables tables = reader.maxDoc() == 0 ? IndexExport.EMPTY
                        : new IndexExport(files).write(reader);
                manifest = new SearchManifest(reader.maxDoc(), FieldStatistics.K1, FieldStatistics.B, tables.fields(),
                        files.write("c", categoryTable(categories)), tables.postingShards(), tables.vocabularyShards(), tables.tailPacks(),
                        Futures.joined(recordFiles));
            }
            files.writeManifest(manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            threads.shutdown();
            indexed.forEach(part -> part.index().close());
        }
        return files.bytes();
    }

    /**
     * A run of pages indexed on its own: its Lucene index, opened for reading (flushing it is a good part of the
     * work, so the part's own thread does it), the records of its hits and the categories it opened.
     */
    private record Part(LuceneIndex index, DirectoryReader reader, ResultRecords records,
                        List<SearchCategory> categories) {
    }

    /**
     * Indexes the pages in contiguous parts side by side, one per core: analysis and inversion were the index
     * stage's longest stretch, alone on one core once render and llms were done. Each part numbers its documents
     * on from the ones before it, and the export reads the parts' indexes as one in that order, so the files are
     * the same however many parts there are.
     */
    private List<Part> indexInParts(Site site, SiteMarkdown markdown, ExecutorService threads) {
        List<CompletableFuture<Part>> running = new ArrayList<>();
        try {
            int first = 0;
            for (List<Page> run : runs(site.pages(), parts)) {
                int from = first;
                running.add(CompletableFuture.supplyAsync(() -> index(run, markdown, from), threads));
                first += SiteDocuments.count(markdown, run);
            }
            return running.stream().map(Futures::joined).toList();
        } catch (RuntimeException | Error e) {
            running.forEach(part -> part.thenAccept(done -> done.index().close()));
            threads.shutdown();
            throw e;
        }
    }

    private static Part index(List<Page> pages, SiteMarkdown markdown, int first) {
        LuceneIndex index = new LuceneIndex();
        ResultRecords records = new ResultRecords();
        try {
            List<SearchCategory> categories = new SiteDocuments(markdown, first).walk(pages, document -> {
                index.add(document);
                records.add(document);
            });
            return new Part(index, index.open(), records, categories);
        } catch (RuntimeException | Error e) {
            index.close();
            throw e;
        }
    }

    /**
     * Splits the pages into at most {@code count} contiguous runs of about the same amount of text: what indexing
     * a run costs grows with its text, not its page count.
     */
    static List<List<Page>> runs(List<Page> pages, int count) {
        long total = pages.stream().mapToLong(SearchIndexer::weight).sum();
        List<List<Page>> runs = new ArrayList<>();
        int start = 0;
        long done = 0;
        for (int i = 0; i < pages.size(); i++) {
            done += weight(pages.get(i));
            if (runs.size() < count - 1 && done * count >= total * (runs.size() + 1)) {
                runs.add(pages.subList(start, i + 1));
                start = i + 1;
            }
        }
        if (start < pages.size() || runs.isEmpty()) {
            runs.add(pages.subList(start, pages.size()));
        }
        return runs;
    }

    private static long weight(Page page) {
        return page.markdownLength() + 1;
    }

    private static SearchManifest.CategoryTable categoryTable(List<SearchCategory> categories) {
        List<String> pageTitles = categories.stream().map(SearchCategory::page).distinct().toList();
        Map<String, Integer> pageNumbers = new HashMap<>();
        pageTitles.forEach(p -> pageNumbers.put(p, pageNumbers.size()));
        return new SearchManifest.CategoryTable(pageTitles,
                categories.stream().map(c -> pageNumbers.get(c.page())).toList(),
                categories.stream().map(SearchCategory::title).toList(),
                categories.stream().map(SearchCategory::firstDocument).toList());
    }
}
