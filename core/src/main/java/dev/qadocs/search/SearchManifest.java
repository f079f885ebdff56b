package dev.qadocs.search;

import java.util.List;

/**
 * {@code search/index.js}, the one file the client knows by name: everything a query needs before it reads a
 * shard. Every component is a JSON key of the file, as every component of the records below is of the file that
 * holds it; the engine
 * script ({@code search-engine.js}) describes the same names in one {@code @typedef} per record, and
 * {@code SearchManifestTest} fails when the two disagree. Tables that grow with the site are columns (one list
 * per field) rather than lists of objects, so naming a field costs its name once, not once per row.
 *
 * @param documents     documents in the index; document numbers run from 0 in navigation order
 * @param k1            BM25's term-frequency saturation, as Lucene's {@code BM25Similarity} has it
 * @param b             BM25's length normalisation
 * @param fields        the indexed fields, in the order each term lists its postings per field
 * @param categoryFile  the file of the {@link CategoryTable}: read only to filter, since at 10,000 categories it
 *                      would outweigh everything else a first query reads
 * @param postingShards where each term's postings are: the shard holding the terms from one first term on
 * @param vocabularyShards where the terms and their document counts are, for completion and typos
 * @param tailPacks     where the tail blocks of long posting lists are
 * @param recordFiles   where the result records (what a hit shows) are
 */
record SearchManifest(int documents, float k1, float b, List<IndexField> fields, String categoryFile,
                      ShardTable postingShards, ShardTable vocabularyShards, TailPacks tailPacks,
                      RecordFiles recordFiles) {

    /**
     * @param name          the field's name in Lucene
     * @param boost         what a match in it weighs
     * @param documentCount documents with the field
     * @param totalLength   the sum of its lengths in all documents (Lucene's {@code sumTotalTermFreq})
     */
    record IndexField(String name, float boost, int documentCount, long totalLength) {
    }

    /**
     * The filterable groups of documents, {@code c.<hash>.js}: categories in document order, as columns: category {@code i} is the page {@code pageTitles[pages[i]]}'s
     * category {@code titles[i]} (empty for the page's introduction) and holds the documents from
     * {@code firstDocuments[i]} to the next category's first. Page titles are listed once: one per category made
     * half the manifest.
     */
    record CategoryTable(List<String> pageTitles, List<Integer> pages, List<String> titles,
                         List<Integer> firstDocuments) {
    }

    /** Shard {@code i} is the file {@code files[i]} and holds the terms from {@code firstTerms[i]} to the next's. */
    record ShardTable(List<String> firstTerms, List<String> files) {
    }

    /**
     * Tail blocks are numbered in order and packed into {@code b.<hash>.<pack>.js}; pack {@code i} starts at block
     * number {@code firstBlocks[i]}.
     */
    record TailPacks(String hash, List<Integer> firstBlocks) {
    }

    /** Document {@code d}'s record is entry {@code d % perFile} of {@code r.<hash>.<d / perFile>.js}. */
    record RecordFiles(String hash, int perFile) {
    }
}
