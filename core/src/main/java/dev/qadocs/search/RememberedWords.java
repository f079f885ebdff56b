package dev.qadocs.search;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * {@link SearchAnalyzer#filters} run once per distinct word instead of once per token. Each of those filters
 * turns one token into one or none by that token's text alone, so the chain's answer for a word can be kept and
 * looked up the next time the word comes: a site says the same few thousand words over and over, and running the
 * chain on every token was most of what indexing a document cost. Words the chain drops are kept too, and
 * dropped here, as a {@link FilteringTokenFilter}, so positions advance past them as they do after a
 * {@code StopFilter}. Beyond {@code capacity} distinct words the chain simply runs, so memory stays bounded.
 */
final class RememberedWords extends FilteringTokenFilter {

    /**
     * Four times the distinct words of the whole shared corpus, whose 4,096 commonest make nine tokens in ten: a
     * site with more still finds most of its tokens here, and the memory stays a few megabytes at most.
     */
    static final int CAPACITY = 1 << 16;
    /** What a dropped word is remembered as: no term is empty, since the chain keeps tokens of one letter and more. */
    private static final char[] DROPPED = new char[0];

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OneWord word = new OneWord();
    private final TokenStream chain = SearchAnalyzer.filters(word);
    private final CharTermAttribute chainTerm = chain.addAttribute(CharTermAttribute.class);
    private final int capacity;
    private char[][] words = new char[1 << 12][];
    private char[][] terms = new char[words.length][];
    private int size;

    RememberedWords(TokenStream input) {
        this(input, CAPACITY);
    }

    /** {@code capacity}: the most distinct words kept, before the chain runs on every further new word. */
    RememberedWords(TokenStream input, int capacity) {
        super(input);
        this.capacity = capacity;
    }

    @Override
    protected boolean accept() {
        char[] buffer = term.buffer();
        int length = term.length();
        int slot = slot(buffer, length);
        char[] analysed = terms[slot];
        if (analysed == null) {
            analysed = analyse(buffer, length);
            if (size < capacity) {
                remember(slot, Arrays.copyOf(buffer, length), analysed);
            }
        }
        if (analysed == DROPPED) {
            return false;
        }
        term.copyBuffer(analysed, 0, analysed.length);
        return true;
    }

    /** Where the word is, or the empty slot where it goes: open addressing, kept at most half full. */
    private int slot(char[] buffer, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + buffer[i];
        }
        int mask = words.length - 1;
        int slot = (hash ^ hash >>> 16) & mask;
        while (words[slot] != null && !same(words[slot], buffer, length)) {
            slot = slot + 1 & mask;
        }
        return slot;
    }

    /** A plain loop: words are short, and {@code Arrays.equals} of ranges checks more than it compares in C1 code. */
    private static boolean same(char[] word, char[] buffer, int length) {
        if (word.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (word[i] != buffer[i]) {
                return false;
            }
        }
        return true;
    }

    private void remember(int slot, char[] key, char[] analysed) {
        words[slot] = key;
        terms[slot] = analysed;
        if (++size * 2 > words.length) {
            char[][] oldWords = words;
            char[][] oldTerms = terms;
            words = new char[2 * oldWords.length][];
            terms = new char[words.length][];
            for (int i = 0; i < oldWords.length; i++) {
                if (oldWords[i] != null) {
                    int moved = slot(oldWords[i], oldWords[i].length);
                    words[moved] = oldWords[i];
                    terms[moved] = oldTerms[i];
                }
            }
        }
    }

    private char[] analyse(char[] buffer, int length) {
        try {
            word.set(buffer, length);
            chain.reset();
            return chain.incrementToken() ? Arrays.copyOf(chainTerm.buffer(), chainTerm.length()) : DROPPED;
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a word in memory", e);
        }
    }

    /** A stream of the one word being analysed. */
    private static final class OneWord extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private char[] buffer;
        private int length;
        private boolean given;

        void set(char[] buffer, int length) {
            this.buffer = buffer;
            this.length = length;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            given = false;
        }

        @Override
        public boolean incrementToken() {
            if (given) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(buffer, 0, length);
            given = true;
            return true;
        }
    }
}
