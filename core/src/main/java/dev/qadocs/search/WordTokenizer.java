package dev.qadocs.search;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.util.Arrays;

/**
 * {@link SearchAnalyzer#WORD} as a scanner: runs of letters, marks and digits, joined across an inner apostrophe
 * ({@code '} or {@code ’}) that one of them follows. Lucene's {@code PatternTokenizer} with that expression gives
 * the same tokens, but running a regular expression over every document was a large part of indexing.
 */
final class WordTokenizer extends Tokenizer {

    /** The character types of {@code \p{L}}, {@code \p{M}} and {@code \p{N}}. */
    private static final int WORD_TYPES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.NON_SPACING_MARK | 1 << Character.ENCLOSING_MARK | 1 << Character.COMBINING_SPACING_MARK
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;

    /** Which ASCII characters are word characters: letters and digits. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
    }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private char[] text = new char[4096];
    private int length;
    private int at;

    /** Reads the whole input, as {@code PatternTokenizer} does: documents are a few kilobytes. */
    @Override
    public void reset() throws IOException {
        super.reset();
        length = 0;
        at = 0;
        for (int read; (read = input.read(text, length, text.length - length)) != -1; ) {
            length += read;
            if (length == text.length) {
                text = Arrays.copyOf(text, 2 * length);
            }
        }
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        while (at < length && !word(at)) {
            at = text[at] < 128 ? at + 1 : next(at);
        }
        if (at == length) {
            return false;
        }
        int start = at;
        at = endOfRun(at);
        while (at + 1 < length && (text[at] == '\'' || text[at] == '\u2019') && word(at + 1)) {
            at = endOfRun(at + 1);
        }
        term.copyBuffer(text, start, at - start);
        offset.setOffset(correctOffset(start), correctOffset(at));
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(length);
        offset.setOffset(last, last);
    }

    /** ASCII letters in a loop of their own: the build's C1 compiler calls {@link #word} rather than inline it. */
    private int endOfRun(int from) {
        while (from < length) {
            char c = text[from];
            if (c < 128) {
                if (!ASCII_WORD[c]) {
                    return from;
                }
                from++;
            } else if (word(from)) {
                from = next(from);
            } else {
                return from;
            }
        }
        return from;
    }

    private int next(int from) {
        return Character.isHighSurrogate(text[from]) ? from + Character.charCount(Character.codePointAt(text, from, length))
                : from + 1;
    }

    /** ASCII first: looking up the character type of every letter was most of the tokenizer's time. */
    private boolean word(int index) {
        char c = text[index];
        if (c < 128) {
            return ASCII_WORD[c];
        }
        return (WORD_TYPES >>> Character.getType(Character.codePointAt(text, index, length)) & 1) != 0;
    }
}
