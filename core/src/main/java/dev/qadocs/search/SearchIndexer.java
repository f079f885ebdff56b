package dev.qadocs.search;

import dev.qadocs.markdown.SiteMarkdown;
import dev.qadocs.model.Site;
import dev.qadocs.write.OutputSink;
import org.apache.lucene.index.DirectoryReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the site's search index with Lucene and writes it under {@code search/} as static files the theme's
 * search scripts load on demand: {@code search/index.js} (the {@link SearchManifest}) names every other file.
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
            SearchManifest manifest;
            try (DirectoryReader reader = index.open()) {
                IndexExport.Tables tables = reader.leaves().isEmpty() ? IndexExport.EMPTY
                        : new IndexExport(files).write(reader.leaves().get(0).reader());
                manifest = new SearchManifest(reader.maxDoc(), FieldStatistics.K1, FieldStatistics.B, tables.fields(),
                        files.write("c", categoryTable(categories)), tables.postingShards(), tables.vocabularyShards(), tables.tailPacks(),
                        records.write(files));
            }
            files.writeManifest(manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.bytes();
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
