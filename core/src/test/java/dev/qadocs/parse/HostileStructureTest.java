package dev.qadocs.parse;

import dev.qadocs.load.SourceFile;
import dev.qadocs.model.Page;
import dev.qadocs.testing.Corpus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.qadocs.parse.Pages.lines;
import static dev.qadocs.parse.Pages.result;
import static org.assertj.core.api.Assertions.assertThat;

/** The structure scanners on the shared hostile reproducers: a diagnostic or a page, never an exception. */
class HostileStructureTest {

    private static final Path HOSTILE = Corpus.projectRoot().resolveSibling("shared").resolve("hostile-input");

    @Test
    void thousandsOfNestedAccordionsAreCappedWithOneDiagnosticAtTheFirstTooDeepTag() throws IOException {
        ParseResult result = parse("nested.mdx");

        assertThat(result.diagnostics()).filteredOn(d -> d.rule().equals("nesting-depth")).singleElement()
                .satisfies(d -> {
                    assertThat(d.message()).contains("nesting deeper than " + ComponentScanner.MAX_DEPTH);
                    // Front matter is 3 lines, so the first too-deep tag (the 65th) is on line 4 + 64.
                    assertThat(d.position().line()).isEqualTo(4 + ComponentScanner.MAX_DEPTH);
                });
        assertThat(result.diagnostics()).noneMatch(d -> d.rule().equals("mismatched-tag"));
        assertThat(result.page()).isPresent();
    }

    @Test
    void tagsBelowTheCapStillNestAndCloseNormally() {
        ParseResult result = result("x.mdx", lines("<Accordion title=\"1. Outer?\">", "**Answer:** a",
                "<Accordion title=\"Inner\">", "b", "</Accordion>", "</Accordion>"));

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.page().orElseThrow().questions()).singleElement()
                .satisfies(q -> assertThat(q.sections().get(0).markdown()).contains("<summary>Inner</summary>"));
    }

    @Test
    void aHeadingPaddedWithTwentyThousandSpacesIsOneQuestion() throws IOException {
        Page page = parse("atx-spaces.md").page().orElseThrow();

        assertThat(page.questions()).singleElement().satisfies(q -> assertThat(q.title()).isEqualTo("a b"));
    }

    @Test
    void headingLineReadsClosingHashesAndListNumbersAsCommonMarkDoes() {
        assertThat(HeadingLine.parse("### Title ###  ")).hasValueSatisfying(h -> {
            assertThat(h.level()).isEqualTo(3);
            assertThat(h.text()).isEqualTo("Title");
        });
        assertThat(HeadingLine.parse("## C# ##")).hasValueSatisfying(h -> assertThat(h.text()).isEqualTo("C#"));
        assertThat(HeadingLine.parse("12. ### What?")).hasValueSatisfying(h -> {
            assertThat(h.listNumber()).hasValue(12);
            assertThat(h.text()).isEqualTo("What?");
        });
        assertThat(HeadingLine.parse("####### seven")).isEmpty();
        assertThat(HeadingLine.parse("#hashtag")).isEmpty();
        assertThat(HeadingLine.parse("    ### indented code")).isEmpty();
    }

    private static ParseResult parse(String name) throws IOException {
        String text = Files.readString(HOSTILE.resolve(name), StandardCharsets.UTF_8);
        return new PageParser().parse(new SourceFile(name, text));
    }
}
