package dev.qadocs.search;

import dev.qadocs.testing.Corpus;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written tokenizer cuts text exactly where Lucene's PatternTokenizer does with SearchAnalyzer.WORD. */
class WordTokenizerTest {

    @Test
    void cutsTheCorpusAndOddCharactersAsTheRegularExpressionDoes() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> pages = Files.list(Corpus.mintlify())) {
            for (Path page : pages.sorted().toList()) {
                text.append(Files.readString(page)).append('\n');
            }
        }
        // Apostrophes inside, doubled, leading and trailing; marks; other digits; letters outside the BMP; a lone
        // surrogate; an input longer than the tokenizer's first buffer.
        text.append(" don't rock’n’roll l''x 'quoted' end' naïve e\u0301 ① Ⅻ ٣٤ 𝒜𝒷 😀word \uD800x ")
                .append("y".repeat(10_000)).append(" z");

        List<String> expected = tokens(() -> new PatternTokenizer(SearchAnalyzer.WORD, 0), text.toString());
        assertThat(expected).hasSizeGreaterThan(50_000);
        assertThat(expected.stream().map(t -> t.substring(0, t.lastIndexOf('@'))))
                .contains("don't", "rock’n’roll", "l", "x", "quoted", "e\u0301", "①", "Ⅻ", "𝒜𝒷", "word");
        assertThat(tokens(WordTokenizer::new, text.toString())).isEqualTo(expected);
    }

    @Test
    void isReusedForTheNextDocumentAsAnalyzersReuseIt() throws IOException {
        Analyzer analyzer = new SearchAnalyzer();
        assertThat(LuceneQueryPlan.analyze(analyzer, "Caching layers")).containsExactly("cach", "layer");
        assertThat(LuceneQueryPlan.analyze(analyzer, "Retrieval")).containsExactly("retriev");
    }

    /** Each token with its offsets, so a wrong cut shows even where the term text agrees. */
    private static List<String> tokens(Supplier<Tokenizer> tokenizer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = tokenizer.get()) {
            ((Tokenizer) stream).setReader(new StringReader(text));
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
            out.add("end@" + offset.endOffset());
        }
        return out;
    }
}
