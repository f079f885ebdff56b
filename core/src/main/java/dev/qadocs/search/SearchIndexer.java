package dev.qadocs.search;

import dev.qadocs.markdown.SiteMarkdown;
import dev.qadocs.model.Site;
import dev.qadocs.write.OutputSink;
import org.apache.lucene.index.DirectoryReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the site's search index with Lucene and writes it under {@code search/} as static files the theme's
 * {@code search.js} loads on demand: {@code search/index.js} (the manifest) names every other file.
 */
public final class SearchIndexer {

    /** Indexes {@code site} and writes the files; returns the number of bytes written. */
    public long write(Site site, OutputSink output) {
        return write(site, SiteMarkdown.none(), output);
    }

    /** {@link #write(Site, OutputSink)}, reading the text of {@code markdown}, which holds the site's converted. */
    public long write(Site site, SiteMarkdown markdown, OutputSink output) {
        ScriptFiles files = new ScriptFiles(output);
        ResultRecords records = new ResultRecords();
        try (LuceneIndex index = new LuceneIndex()) {
            List<SearchCategory> categories = new SiteDocuments(markdown).walk(site, document -> {
                index.add(document);
                records.add(document);
            });
            Map<String, Object> manifest = new LinkedHashMap<>();
            try (DirectoryReader reader = index.open()) {
                manifest.put("docs", reader.maxDoc());
                manifest.put("k1", FieldStatistics.K1);
                manifest.put("b", FieldStatistics.B);
                // Page titles once, categories by page number: a page's title repeated per category was half the manifest.
                List<String> pages = categories.stream().map(SearchCategory::page).distinct().toList();
                Map<String, Integer> pageNumbers = new HashMap<>();
                pages.forEach(p -> pageNumbers.put(p, pageNumbers.size()));
                manifest.put("pages", pages);
                manifest.put("cats", categories.stream()
                        .map(c -> List.of(pageNumbers.get(c.page()), c.title(), c.firstDocument())).toList());
                manifest.putAll(reader.leaves().isEmpty() ? IndexExport.EMPTY
                        : new IndexExport(files).write(reader.leaves().get(0).reader()));
            }
            manifest.put("per", ResultRecords.PER_FILE);
            manifest.put("rec", records.write(files));
            files.writeManifest(manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.bytes();
    }
}
