package dev.qadocs.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.util.SmallFloat;

import java.io.IOException;

/**
 * What BM25 needs to know about a field, computed exactly as Lucene's {@code BM25Similarity} does in float
 * arithmetic, so that postings sorted here by their BM25 weight come out in the order the client scores them.
 *
 * @param norms encoded length of the field in each document (Lucene's one-byte norm)
 */
record FieldStatistics(SearchField field, int docCount, long sumTotalTermFreq, byte[] norms) {

    static final float K1 = 1.2f;
    static final float B = 0.75f;

    /** The statistics of {@code field} over all of {@code index}, whatever its segments. */
    static FieldStatistics read(IndexReader index, SearchField field) throws IOException {
        Terms terms = MultiTerms.getTerms(index, field.id());
        byte[] norms = new byte[index.maxDoc()];
        NumericDocValues values = MultiDocValues.getNormValues(index, field.id());
        for (int doc = 0; values != null && doc < norms.length; doc++) {
            if (values.advanceExact(doc)) {
                norms[doc] = (byte) values.longValue();
            }
        }
        return terms == null ? new FieldStatistics(field, 0, 0, norms)
                : new FieldStatistics(field, terms.getDocCount(), terms.getSumTotalTermFreq(), norms);
    }

    /** How strongly one occurrence counts in a document, before the term's weight: {@code freq / (freq + k1·norm)}'s core. */
    float termFrequencyFactor(int doc, int freq) {
        float averageLength = (float) (sumTotalTermFreq / (double) docCount);
        float length = SmallFloat.byte4ToInt(norms[doc]);
        float inverseNorm = 1f / (K1 * ((1 - B) + B * length / averageLength));
        return freq * inverseNorm;
    }
}
