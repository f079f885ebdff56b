package dev.qadocs.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One term's postings in one field, ordered best first (highest BM25 term-frequency factor) and cut into blocks
 * that grow by four: the first block travels with the term, later ones are separate files. Every posting of a
 * block outweighs every posting of the blocks after it, so the client can stop reading as soon as the weakest
 * posting read so far can no longer change the top ten; a common word then costs a few blocks, not its whole list.
 * Inside a block order does not matter, so postings are grouped by (frequency, norm) and documents delta-coded.
 * A block with more after it ends in the frequency and norm of the first later posting of a lower factor than its
 * last, or 0 0 if none is. Postings of equal factor are ordered by document, so the unread ones of the last
 * factor are of later documents than any read at it: Lucene ranks those last among equal scores, and for the
 * earlier documents that could win a tie the client knows what their unread postings weigh at most.
 */
final class PostingLists {

    static final int FIRST_BLOCK = 16;
    static final int LARGEST_BLOCK = 8192;

    private PostingLists() {
    }

    /**
     * Encoded blocks: groups of equal (frequency, norm) as {@code freq norm count firstDoc gap gap …}. {@code docs}
     * ascend, as Lucene lists them, so a posting's index orders it as its document does. Both sorts run on packed
     * {@code long} keys: sorting boxed indices through comparators made garbage for every posting of every term.
     */
    static List<String> blocks(FieldStatistics field, int[] docs, int[] freqs) {
        if (docs.length <= FIRST_BLOCK) {
            // One block, which encoding orders by itself: most terms are in a few documents, and weighing and
            // sorting their postings was most of the export.
            int[] all = new int[docs.length];
            Arrays.setAll(all, i -> i);
            return List.of(encode(field, docs, freqs, all));
        }
        long[] byWeight = new long[docs.length];
        for (int i = 0; i < docs.length; i++) {
            // A factor is positive and finite, so its bits order as its value; subtracted, best comes first.
            int bits = Float.floatToIntBits(field.termFrequencyFactor(docs[i], freqs[i]));
            byWeight[i] = (long) (Integer.MAX_VALUE - bits) << 32 | i;
        }
        Arrays.sort(byWeight);

        List<String> blocks = new ArrayList<>();
        int size = FIRST_BLOCK;
        int lighter = 0;
        for (int start = 0; start < byWeight.length; start += size, size = Math.min(size * 4, LARGEST_BLOCK)) {
            int end = Math.min(byWeight.length, start + size);
            int[] block = new int[end - start];
            for (int j = 0; j < block.length; j++) {
                block[j] = (int) byWeight[start + j];
            }
            String encoded = encode(field, docs, freqs, block);
            if (end < byWeight.length) {
                // The last factor only falls from block to block: the first lighter posting is searched for
                // from where the previous block's was found.
                lighter = Math.max(lighter, end);
                while (lighter < byWeight.length && byWeight[lighter] >>> 32 == byWeight[end - 1] >>> 32) {
                    lighter++;
                }
                CompactNumbers next = new CompactNumbers();
                if (lighter < byWeight.length) {
                    int posting = (int) byWeight[lighter];
                    next.add(freqs[posting]).add(field.norms()[docs[posting]] & 0xFF);
                } else {
                    next.add(0).add(0);
                }
                encoded += next;
            }
            blocks.add(encoded);
        }
        return blocks;
    }

    /**
     * {@code block}: indices of postings in any order, ordered here by frequency, norm and document. An index
     * orders as its document does, so it is the key's last part, in as many bits as the largest index needs.
     */
    private static String encode(FieldStatistics field, int[] docs, int[] freqs, int[] block) {
        int indexBits = 32 - Integer.numberOfLeadingZeros(docs.length - 1);
        long[] keys = new long[block.length];
        for (int j = 0; j < block.length; j++) {
            int freq = freqs[block[j]];
            if (freq >= 1L << 55 - indexBits) {
                throw new IllegalArgumentException("a term " + freq + " times in one of " + docs.length + " documents");
            }
            // Frequency above norm (a byte) above index.
            keys[j] = ((long) freq << 8 | field.norms()[docs[block[j]]] & 0xFF) << indexBits | block[j];
        }
        Arrays.sort(keys);
        int[] sorted = new int[block.length];
        for (int j = 0; j < block.length; j++) {
            sorted[j] = (int) (keys[j] & (1L << indexBits) - 1);
        }
        CompactNumbers out = new CompactNumbers();
        int i = 0;
        while (i < sorted.length) {
            int freq = freqs[sorted[i]];
            int norm = field.norms()[docs[sorted[i]]] & 0xFF;
            int end = i;
            while (end < sorted.length && freqs[sorted[end]] == freq
                    && (field.norms()[docs[sorted[end]]] & 0xFF) == norm) {
                end++;
            }
            out.add(freq).add(norm).add(end - i);
            int previous = 0;
            for (int j = i; j < end; j++) {
                out.add(docs[sorted[j]] - previous);
                previous = docs[sorted[j]];
            }
            i = end;
        }
        return out.toString();
    }
}
