package dev.qadocs.parse;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the structure pass reads from a text's tree, whichever inlines the other passes had read in it. */
class MarkdownStructureTest {

    @Test
    void aParagraphStartingWithLinkDefinitionsIsNoBoldQuestionInTextWithLinksOrWithout() {
        for (String link : List.of("", "See [x](x.md).")) {
            MarkdownStructure structure = structure(
                    "[a]: /a.md",     // 0
                    "**Inside?**",    // 1
                    "",               // 2
                    "[b]: /b.md",     // 3
                    "",               // 4
                    "**Alone?**",     // 5
                    "",               // 6
                    link);            // 7

            assertThat(structure.boldParagraph(1)).as(link).isEmpty();
            assertThat(structure.boldParagraph(5)).as(link).contains("Alone?");
        }
    }

    @Test
    void boldIsReadOnlyWhereItIsWrittenWithAsterisksOrATagEvenWhereLinksHadTheInlinesRead() {
        MarkdownStructure structure = structure(
                "__What is [X](x.md)?__",   // 0
                "",                          // 1
                "**What is [Y](y.md)?**");   // 2

        assertThat(structure.boldParagraph(0)).isEmpty();
        assertThat(structure.boldParagraph(2)).contains("What is [Y](y.md)?");
    }

    private static MarkdownStructure structure(String... lines) {
        List<SourceLine> source = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            source.add(new SourceLine(lines[i], i + 1, 1));
        }
        return MarkdownStructure.of(MarkdownTree.of(source));
    }
}
