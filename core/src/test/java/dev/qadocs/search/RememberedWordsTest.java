package dev.qadocs.search;

import dev.qadocs.testing.Corpus;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Remembering the chain's answer per word gives every token, position and offset that running it on each token does. */
class RememberedWordsTest {

    @Test
    void analysesTheCorpusAsTheChainDoesOnEveryToken() throws IOException {
        String text = corpus() + " The model's cache; OpenAI’s API. Ponies caresses " + "a".repeat(41) + " x "
                + "b".repeat(40) + " don't THE The the Ærøskøbing naïve Ελληνικά 𝒜𝒷";
        Tokenizer plainSource = new WordTokenizer();
        List<String> expected = analyse(plainSource, SearchAnalyzer.filters(plainSource), text);
        assertThat(expected).hasSizeGreaterThan(30_000);
        // Stop words leave a gap in positions, which the remembered chain must leave too.
        assertThat(expected).anyMatch(t -> t.endsWith("+2"));

        Tokenizer source = new WordTokenizer();
        TokenStream remembered = new RememberedWords(source);
        assertThat(analyse(source, remembered, text)).isEqualTo(expected);
        // The second time round every word comes from memory.
        assertThat(analyse(source, remembered, text)).isEqualTo(expected);
    }

    @Test
    void keepsAnalysingRightOnceItRemembersNoMoreWords() throws IOException {
        String text = corpus();
        Tokenizer plainSource = new WordTokenizer();
        List<String> expected = analyse(plainSource, SearchAnalyzer.filters(plainSource), text);
        Tokenizer source = new WordTokenizer();
        TokenStream small = new RememberedWords(source, 16);
        assertThat(analyse(source, small, text)).isEqualTo(expected);
        assertThat(analyse(source, small, text)).isEqualTo(expected);
    }

    private static String corpus() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> pages = Files.list(Corpus.mintlify())) {
            for (Path page : pages.sorted().toList()) {
                text.append(Files.readString(page)).append('\n');
            }
        }
        return text.toString();
    }

    /** Every token as {@code term@start-end+increment}, then the end offset; reuses the stream as analyzers do. */
    private static List<String> analyse(Tokenizer source, TokenStream stream, String text) throws IOException {
        source.setReader(new StringReader(text));
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        List<String> out = new ArrayList<>();
        stream.reset();
        while (stream.incrementToken()) {
            out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+" + increment.getPositionIncrement());
        }
        stream.end();
        out.add("end@" + offset.endOffset() + "+" + increment.getPositionIncrement());
        stream.close();
        return out;
    }
}
