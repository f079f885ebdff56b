package dev.qadocs.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
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

    /**
     * Analysed text with frequencies and norms, as BM25 needs, and no positions: the export keeps none (there are
     * no phrase queries), and inverting them was most of what indexing a document cost after analysis.
     */
    private static final FieldType TEXT = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        TEXT.freeze();
    }

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private int added;

    LuceneIndex() {
        try {
            LogByteSizeMergePolicy merges = new LogByteSizeMergePolicy();
            merges.setNoCFSRatio(0);
            writer = new IndexWriter(directory, new IndexWriterConfig(new SearchAnalyzer())
                    .setMergePolicy(merges)
                    .setUseCompoundFile(false)
                    .setRAMBufferSizeMB(64));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(SearchDocument document) {
        Document lucene = new Document();
        lucene.add(new Field(SearchField.TITLE.id(), document.title(), TEXT));
        lucene.add(new Field(SearchField.BODY.id(), document.body(), TEXT));
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
