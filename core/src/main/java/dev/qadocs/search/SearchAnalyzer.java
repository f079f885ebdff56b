package dev.qadocs.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;

import java.util.regex.Pattern;

/**
 * Lucene's English chain (possessives, lowercase, English stop words, Porter stemmer) over a tokenizer simple
 * enough to port exactly: the browser's {@code search-analysis.js} repeats every step, and the parity test holds the two
 * together. Lucene's StandardTokenizer (UAX#29) is left out on purpose: its word-break rules would need a large
 * table in the client, and Q&amp;A text gains nothing from them.
 */
public final class SearchAnalyzer extends Analyzer {

    /** Runs of letters, marks and digits, with inner apostrophes kept so possessives and contractions stay one word. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['\u2019][\\p{L}\\p{M}\\p{N}]+)*");

    /**
     * Longer tokens are hashes, base64 and the like: nobody searches for them, and they bloat the vocabulary.
     * {@code search-analysis.js} has the same constant under the same name; the analysis parity test holds them.
     */
    static final int MAX_TOKEN_LENGTH = 40;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        WordTokenizer source = new WordTokenizer();
        return new TokenStreamComponents(source, new RememberedWords(source));
    }

    /**
     * The chain after the tokenizer, which {@link RememberedWords} runs once per distinct word: each filter maps
     * one token to one or none by its text alone, so that is all the same as running it on every token.
     */
    static TokenStream filters(TokenStream words) {
        TokenStream chain = new LengthFilter(words, 1, MAX_TOKEN_LENGTH);
        chain = new EnglishPossessiveFilter(chain);
        chain = new LowerCaseFilter(chain);
        chain = new StopFilter(chain, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new PorterStemFilter(chain);
    }
}
