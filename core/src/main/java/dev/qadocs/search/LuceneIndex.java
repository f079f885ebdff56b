package dev.qadocs.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An in-memory Lucene index of the site, one Lucene document per {@link SearchDocument}. Document numbers are
 * the order of {@link #add} calls: a log merge policy only merges neighbouring segments and {@link #open} merges
 * down to one, so the n-th document added is Lucene's doc n, which is how the client names hits.
 */
final class LuceneIndex implements AutoCloseable {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private int added;

    LuceneIndex() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(new SearchAnalyzer())
                    .setMergePolicy(new LogByteSizeMergePolicy())
                    .setRAMBufferSizeMB(64));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(SearchDocument document) {
        Document lucene = new Document();
        lucene.add(new TextField(SearchField.TITLE.id(), document.title(), Field.Store.NO));
        lucene.add(new TextField(SearchField.BODY.id(), document.body(), Field.Store.NO));
        try {
            writer.addDocument(lucene);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        added++;
    }

    /** Ends indexing and opens the single-segment index for reading; the caller closes the reader. */
    DirectoryReader open() {
        try {
            writer.forceMerge(1);
            writer.close();
            DirectoryReader reader = DirectoryReader.open(directory);
            if (reader.maxDoc() != added || reader.leaves().size() > 1) {
                throw new IllegalStateException("expected one segment of " + added + " documents, got "
                        + reader.leaves().size() + " of " + reader.maxDoc());
            }
            return reader;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
