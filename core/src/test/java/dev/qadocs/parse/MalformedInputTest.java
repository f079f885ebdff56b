package dev.qadocs.parse;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.model.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.qadocs.parse.Pages.lines;
import static dev.qadocs.parse.Pages.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Bad input gives a diagnostic at the right place and a page with everything that could be read. */
class MalformedInputTest {

    @Test
    void anUnclosedAccordionIsReportedAtItsOpenTagAndItsTextKept() {
        ParseResult result = result("x.mdx", lines("## C", "", "  <Accordion title=\"1. Q?\">", "**Answer:** kept"));

        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("unclosed-tag");
            assertThat(d.isError()).isTrue();
            assertThat(d.position()).isEqualTo(new SourcePosition("x.mdx", 3, 3));
        });
        assertThat(result.page().orElseThrow().questions().get(0).sections().get(0).markdown()).isEqualTo("kept");
    }

    @Test
    void aCloseTagThatDoesNotMatchIsReportedAtTheCloseTag() {
        ParseResult result = result("x.mdx", lines("<Accordion title=\"Q?\">", "<Note>", "text", "</Accordion>",
                "</Tip>"));

        assertThat(result.diagnostics()).extracting(Diagnostic::rule, d -> d.position().line(), d -> d.position().column())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("mismatched-tag", 4, 1),
                        org.assertj.core.groups.Tuple.tuple("mismatched-tag", 5, 1));
        assertThat(result.page().orElseThrow().questions().get(0).sections().get(0).markdown()).isEqualTo("text");
    }

    @Test
    void badYamlIsReportedOnItsFileLine() {
        ParseResult result = result("x.md", lines("---", "title: T", "description: [oops", "---", "# Body"));

        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("front-matter");
            assertThat(d.position().line()).isEqualTo(3);
        });
        assertThat(result.page()).isPresent();
    }

    @Test
    void aTabInYamlIsReportedWhereItIs() {
        ParseResult result = result("x.md", lines("---", "title: T", "\torder: 1", "---"));

        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("front-matter");
            assertThat(d.position().line()).isEqualTo(3);
        });
    }

    @Test
    void unclosedFrontMatterIsReportedAndTheTextKept() {
        ParseResult result = result("x.md", lines("---", "title: T", "", "Body words."));

        assertThat(result.diagnostics()).extracting(Diagnostic::rule).containsExactly("front-matter");
        assertThat(result.page().orElseThrow().intro()).contains("Body words.");
    }

    @Test
    void aNonNumericOrderIsReported() {
        ParseResult result = result("x.md", lines("---", "title: T", "order: first", "---"));

        assertThat(result.diagnostics()).singleElement().satisfies(d -> assertThat(d.position().line()).isEqualTo(3));
        assertThat(result.page().orElseThrow().meta().order()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "---", "---\n---", "<Accordion", "<Accordion title=\"x", "</Accordion>", "```\n<Tip>",
            "<details><summary>never closed", "- **Q:**", "### ", "**Further reading:**\n- ", "<Steps><Step>",
            "> [!NOTE]", "1. ###", "---\n: :\n---", "<Card href=\"\" />", "\u0000\uFFFF"})
    void oddInputNeverThrows(String text) {
        assertThatCode(() -> result("x.mdx", text)).doesNotThrowAnyException();
        assertThatCode(() -> result("x.md", text)).doesNotThrowAnyException();
    }

    /** Real pages cut at random places: unbalanced tags, fences and front matter everywhere, still no exception. */
    @Test
    void truncatedAndSplicedCorpusPagesNeverThrow() throws java.io.IOException {
        String source = java.nio.file.Files.readString(dev.qadocs.testing.Corpus.mintlify("react.mdx"));
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 40; i++) {
            int cut = random.nextInt(source.length());
            int from = random.nextInt(source.length());
            String mangled = source.substring(0, cut) + source.substring(from, Math.min(source.length(), from + 5000));
            assertThatCode(() -> result("react.mdx", mangled)).doesNotThrowAnyException();
        }
    }
}
