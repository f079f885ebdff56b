package dev.qadocs.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One term's postings in one field, ordered best first (highest BM25 term-frequency factor) and cut into blocks
 * that grow by four: the first block travels with the term, later ones are separate files. Every posting of a
 * block outweighs every posting of the blocks after it, so the client can stop reading as soon as the weakest
 * posting read so far can no longer change the top ten; a common word then costs a few blocks, not its whole list.
 * Inside a block order does not matter, so postings are grouped by (frequency, norm) and documents delta-coded.
 */
final class PostingLists {

    static final int FIRST_BLOCK = 16;
    static final int LARGEST_BLOCK = 8192;

    private PostingLists() {
    }

    /** Encoded blocks: groups of equal (frequency, norm) as {@code freq norm count firstDoc gap gap …}. */
    static List<String> blocks(FieldStatistics field, int[] docs, int[] freqs) {
        Integer[] order = new Integer[docs.length];
        Arrays.setAll(order, i -> i);
        float[] factor = new float[docs.length];
        for (int i = 0; i < docs.length; i++) {
            factor[i] = field.termFrequencyFactor(docs[i], freqs[i]);
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -factor[i]).thenComparingInt(i -> docs[i]));

        List<String> blocks = new ArrayList<>();
        int size = FIRST_BLOCK;
        for (int start = 0; start < order.length; start += size, size = Math.min(size * 4, LARGEST_BLOCK)) {
            blocks.add(encode(field, docs, freqs, Arrays.copyOfRange(order, start, Math.min(order.length, start + size))));
        }
        return blocks;
    }

    private static String encode(FieldStatistics field, int[] docs, int[] freqs, Integer[] block) {
        Arrays.sort(block, Comparator.<Integer>comparingInt(i -> freqs[i])
                .thenComparingInt(i -> field.norms()[docs[i]] & 0xFF).thenComparingInt(i -> docs[i]));
        CompactNumbers out = new CompactNumbers();
        int i = 0;
        while (i < block.length) {
            int freq = freqs[block[i]];
            int norm = field.norms()[docs[block[i]]] & 0xFF;
            int end = i;
            while (end < block.length && freqs[block[end]] == freq && (field.norms()[docs[block[end]]] & 0xFF) == norm) {
                end++;
            }
            out.add(freq).add(norm).add(end - i);
            int previous = 0;
            for (int j = i; j < end; j++) {
                out.add(docs[block[j]] - previous);
                previous = docs[block[j]];
            }
            i = end;
        }
        return out.toString();
    }
}
