package dev.qadocs.search;

import dev.qadocs.parallel.Futures;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Turns a Lucene index, read as one whatever its segments, into the static files the client reads: postings
 * shards (terms by range, each term with its first block of postings per field), tail blocks, and vocabulary
 * shards (just terms and document counts, for prefix and typo expansion). Terms are ordered as JavaScript compares strings (UTF-16 units), so the
 * client can binary-search the shard tables of the manifest. A postings shard maps each term to one entry per
 * field, {@code 0} or {@code [documentCount, firstBlock, [tail block numbers]]}: positional, unlike the manifest,
 * because shards hold thousands of them and are what every query word downloads.
 */
final class IndexExport {

    /**
     * About 10 KB of JSON per postings shard (a query reads one per word; deflated, about 4 KB) and 8 KB per
     * vocabulary shard (read only to complete or correct a word). Smaller shards would make the manifest, which
     * lists them, outweigh the saving, and make more files to host.
     */
    static final int POSTINGS_SHARD_CHARS = 10_000;
    static final int VOCABULARY_SHARD_CHARS = 8_000;
    /**
     * Tail blocks are packed into files of about 18 KB of JSON (deflated, about 5 KB): one file per block made
     * thousands of files of a few hundred bytes. A query reading a tail reads its pack, so packs stay small; a block
     * larger than a pack is one alone.
     */
    static final int TAIL_PACK_CHARS = 18_000;
    /**
     * Terms whose postings are encoded side by side before they are packed in order. Encoding was most of the
     * export, which is the index stage's end, when render and llms are done and the other cores idle; a batch
     * keeps the encoded strings of only a few thousand terms in memory at once.
     */
    private static final int ENCODED_AT_ONCE = 4096;

    /** What the manifest says of the index: its fields and where its shards and tail blocks are. */
    record Tables(List<SearchManifest.IndexField> fields, SearchManifest.ShardTable postingShards,
                  SearchManifest.ShardTable vocabularyShards, SearchManifest.TailPacks tailPacks) {
    }

    /** The tables of a site without a single document: the client then finds nothing, without failing. */
    static final Tables EMPTY = new Tables(List.of(), new SearchManifest.ShardTable(List.of(), List.of()),
            new SearchManifest.ShardTable(List.of(), List.of()), new SearchManifest.TailPacks("", List.of()));

    private final ScriptFiles files;
    private final List<List<String>> tailPacks = new ArrayList<>();
    private final List<Integer> packStarts = new ArrayList<>();
    private int tailBlocks;
    private int packChars;

    IndexExport(ScriptFiles files) {
        this.files = files;
    }

    /** Writes every shard and returns the tables that find them. */
    Tables write(IndexReader index) throws IOException {
        SearchField[] fields = SearchField.values();
        FieldStatistics[] statistics = new FieldStatistics[fields.length];
        TreeMap<String, int[][][]> terms = new TreeMap<>();
        for (int f = 0; f < fields.length; f++) {
            statistics[f] = FieldStatistics.read(index, fields[f]);
            collect(MultiTerms.getTerms(index, fields[f].id()), f, fields.length, terms);
        }

        Shard postings = new Shard("p", POSTINGS_SHARD_CHARS);
        Shard vocabulary = new Shard("v", VOCABULARY_SHARD_CHARS);
        List<Map.Entry<String, int[][][]>> all = List.copyOf(terms.entrySet());
        for (int from = 0; from < all.size(); from += ENCODED_AT_ONCE) {
            List<Map.Entry<String, int[][][]>> some = all.subList(from, Math.min(all.size(), from + ENCODED_AT_ONCE));
            List<List<String>[]> encoded = some.parallelStream().map(term -> blocks(statistics, term.getValue())).toList();
            for (int t = 0; t < some.size(); t++) {
                List<Object> perField = new ArrayList<>();
                int documents = 0;
                for (int f = 0; f < fields.length; f++) {
                    List<String> blocks = encoded.get(t)[f];
                    if (blocks == null) {
                        perField.add(0);
                        continue;
                    }
                    int count = some.get(t).getValue()[f][0].length;
                    documents += count;
                    List<Integer> tails = blocks.subList(1, blocks.size()).stream().map(this::tail).toList();
                    perField.add(List.of(count, blocks.get(0), tails));
                }
                postings.add(some.get(t).getKey(), perField);
                vocabulary.add(some.get(t).getKey(), documents);
            }
        }
        postings.flush();
        vocabulary.flush();
        String tailHash = files.writeNumbered("b", tailPacks);

        return new Tables(Arrays.stream(statistics).map(s -> new SearchManifest.IndexField(s.field().id(),
                        s.field().boost(), s.docCount(), s.sumTotalTermFreq())).toList(),
                postings.table(), vocabulary.table(), new SearchManifest.TailPacks(tailHash, List.copyOf(packStarts)));
    }

    /** One term's blocks per field, {@code null} for a field without it. */
    @SuppressWarnings("unchecked")
    private static List<String>[] blocks(FieldStatistics[] statistics, int[][][] lists) {
        List<String>[] blocks = new List[lists.length];
        for (int f = 0; f < lists.length; f++) {
            if (lists[f] != null) {
                blocks[f] = PostingLists.blocks(statistics[f], lists[f][0], lists[f][1]);
            }
        }
        return blocks;
    }

    /**
     * Packs a tail block and returns its number: blocks are numbered in order, {@code packStarts} holds the first
     * number of each pack ({@code b.<hash>.<pack>.js}), so the client finds the pack by binary search.
     */
    private int tail(String block) {
        if (tailPacks.isEmpty() || (packChars > 0 && packChars + block.length() > TAIL_PACK_CHARS)) {
            tailPacks.add(new ArrayList<>());
            packStarts.add(tailBlocks);
            packChars = 0;
        }
        tailPacks.get(tailPacks.size() - 1).add(block);
        packChars += block.length() + 3;
        return tailBlocks++;
    }

    private static void collect(Terms field, int f, int fieldCount, TreeMap<String, int[][][]> terms) throws IOException {
        if (field == null) {
            return;
        }
        TermsEnum each = field.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = each.next(); term != null; term = each.next()) {
            int df = each.docFreq();
            int[] docs = new int[df];
            int[] freqs = new int[df];
            postings = each.postings(postings, PostingsEnum.FREQS);
            int i = 0;
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                docs[i] = doc;
                freqs[i++] = postings.freq();
            }
            terms.computeIfAbsent(term.utf8ToString(), t -> new int[fieldCount][][])[f] = new int[][] {docs, freqs};
        }
    }

    /**
     * Collects entries up to a size, then writes them as one file and records its first term in the table. A full
     * shard is written (JSON, deflated) on another core while the export goes on with the next terms.
     */
    private final class Shard {
        private final String kind;
        private final int limit;
        private final List<String> firstTerms = new ArrayList<>();
        private final List<CompletableFuture<String>> names = new ArrayList<>();
        private Map<String, Object> entries = new LinkedHashMap<>();
        private int chars;

        Shard(String kind, int limit) {
            this.kind = kind;
            this.limit = limit;
        }

        void add(String term, Object entry) {
            entries.put(term, entry);
            chars += term.length() + ScriptFiles.jsonLength(entry) + 4;
            if (chars >= limit) {
                flush();
            }
        }

        void flush() {
            if (entries.isEmpty()) {
                return;
            }
            firstTerms.add(entries.keySet().iterator().next());
            Map<String, Object> full = entries;
            names.add(CompletableFuture.supplyAsync(() -> files.write(kind, full)));
            entries = new LinkedHashMap<>();
            chars = 0;
        }

        SearchManifest.ShardTable table() {
            return new SearchManifest.ShardTable(List.copyOf(firstTerms), names.stream().map(Futures::joined).toList());
        }
    }
}
