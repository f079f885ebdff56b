package dev.qadocs.search;

import dev.qadocs.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** search-analysis.js analyses text into exactly the terms Lucene's {@link SearchAnalyzer} indexes: every word of the corpus. */
class AnalysisParityTest {

    @TempDir
    Path folder;

    @Test
    void javascriptMakesLucenesTermsOfTheWholeCorpus() throws Exception {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> pages = Files.list(Corpus.mintlify())) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".mdx")).sorted().toList()) {
                text.append(Files.readString(page)).append('\n');
            }
        }
        // Edge cases the corpus may lack: possessives with both apostrophes, long tokens, stop words, digits.
        text.append("The model's cache; OpenAI’s API. Ponies caresses relational conditional hopeful generalization "
                + "a".repeat(41) + " x " + "b".repeat(40) + " 3.5 GPT-4o don't Ærøskøbing naïve Ελληνικά\n");

        List<String> lucene = LuceneQueryPlan.analyze(new SearchAnalyzer(), text.toString());
        List<String> javascript = NodeScripts.analyze(text.toString(), folder);

        assertThat(lucene).hasSizeGreaterThan(50_000);
        assertThat(javascript).isEqualTo(lucene);
    }
}
