package dev.qadocs.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTest {

    private static Element html(String markdown) {
        return Jsoup.parseBodyFragment(Markdown.toHtml(markdown)).body();
    }

    /** A table, a strike-through, a bare URL and a task list: what GitHub adds to CommonMark. */
    private static final String GITHUB_FLAVOURED = """
            | a | b |
            |---|---|
            | 1 | 2 |

            ~~gone~~ and https://example.org/x

            - [x] done
            - [ ] open
            """;

    @Test
    void rendersGithubFlavouredMarkdown() {
        Element body = html(GITHUB_FLAVOURED);

        assertThat(body.select("table td")).extracting(Element::text).containsExactly("1", "2");
        assertThat(body.select("del").text()).isEqualTo("gone");
        assertThat(body.select("a[href=https://example.org/x]")).hasSize(1);
        assertThat(body.select("input[type=checkbox]")).hasSize(2);
        assertThat(body.select("input[checked]")).hasSize(1);
    }

    @Test
    void tablesAndTaskBoxesCanBeReachedAndNamedWithoutSight() {
        Element body = html(GITHUB_FLAVOURED);

        Element region = body.selectFirst("table").parent();
        assertThat(region.hasClass("qd-table")).isTrue();
        assertThat(region.attr("tabindex")).isEqualTo("0");
        assertThat(region.attr("role")).isEqualTo("region");
        assertThat(region.attr("aria-label")).isNotBlank();
        assertThat(body.select("input[type=checkbox]")).extracting(box -> box.attr("aria-label"))
                .containsExactly("Done", "Not done");
    }

    @Test
    void scriptsNeverSurvive() {
        String html = Markdown.toHtml("""
                Text <script>alert(1)</script> more.

                <img src="x.png" onerror="alert(2)">

                <a href="javascript:alert(3)">click</a> [md](javascript:alert(4)) <a href=" JAVASCRIPT:alert(5)">x</a>

                <style>body{display:none}</style><iframe src="https://evil.example"></iframe>
                <div onclick="alert(6)">div</div>
                """);

        assertThat(html).doesNotContainIgnoringCase("script").doesNotContain("onerror").doesNotContain("onclick")
                .doesNotContainIgnoringCase("javascript:").doesNotContain("<style").doesNotContain("iframe")
                .doesNotContain("alert(");
        assertThat(html).contains("<img src=\"x.png\">").contains(">click</a>").contains(">div</div>");
    }

    @Test
    void keepsDisclosureWidgetsAndTheMarkdownInside() {
        Element body = html("""
                <details>
                <summary>More</summary>

                Hidden **detail**.

                </details>
                """);

        assertThat(body.select("details > summary").text()).isEqualTo("More");
        assertThat(body.select("details strong").text()).isEqualTo("detail");
    }

    @ParameterizedTest
    @CsvSource({
            "NOTE, note, Note",
            "TIP, tip, Tip",
            "IMPORTANT, info, Important",
            "WARNING, warning, Warning",
            "CAUTION, danger, Caution"})
    void githubAlertsBecomeCallouts(String alert, String type, String label) {
        Element body = html("> [!" + alert + "]\n> Mind the **gap**.\n");

        Element callout = body.selectFirst("div.qd-callout");
        assertThat(callout).isNotNull();
        assertThat(callout.hasClass("qd-callout-" + type)).isTrue();
        assertThat(callout.selectFirst(".qd-callout-label").text()).isEqualTo(label);
        assertThat(callout.text()).isEqualTo(label + " Mind the gap.").doesNotContain("[!");
        assertThat(body.select("blockquote")).isEmpty();
    }

    @Test
    void anOrdinaryQuoteStaysAQuote() {
        assertThat(html("> Just a quote [!NOTE] inside.").select("blockquote")).hasSize(1);
    }

    @Test
    void codeBlocksKeepTheirLanguageAndMermaidBecomesATextDiagram() {
        Element body = html("""
                ```python
                print("<hi>")
                ```

                ```mermaid
                graph TD
                  A --> B
                ```
                """);

        assertThat(body.select("pre > code.language-python").text()).isEqualTo("print(\"<hi>\")");
        Element mermaid = body.selectFirst("pre.mermaid");
        assertThat(mermaid.children()).isEmpty();
        assertThat(mermaid.wholeText()).isEqualTo("graph TD\n  A --> B\n");
    }

    @ParameterizedTest
    @CsvSource({
            "other.md, other.html",
            "other.mdx, other.html",
            "../guide/x.md#a-b, ../guide/x.html#a-b",
            "sub/Page.MD?x=1#f, sub/Page.html?x=1#f",
            "/docs/page.md, /docs/page.md",
            "/docs/page, /docs/page",
            "https://github.com/o/r/blob/main/README.md, https://github.com/o/r/blob/main/README.md",
            "#local, #local",
            "image.png, image.png",
            "notes.md.txt, notes.md.txt"})
    void linksToSourcePagesPointAtBuiltPages(String written, String built) {
        assertThat(html("[x](" + written + ")").selectFirst("a").attr("href")).isEqualTo(built);
    }

    @Test
    void plainTextIsWhatAReaderSees() {
        assertThat(Markdown.toPlainText("**Bold** and `code`, <b>raw</b>\n\n- one\n- two <script>x()</script>"))
                .isEqualTo("Bold and code, raw one two");
    }

    @Test
    void inlineHtmlDropsTheOnlyParagraph() {
        assertThat(Markdown.toInlineHtml("A *short* answer.")).isEqualTo("A <em>short</em> answer.");
        assertThat(Markdown.toInlineHtml("One.\n\nTwo.")).isEqualTo("<p>One.</p>\n<p>Two.</p>");
    }

    @Test
    void firstParagraphSkipsTablesAndCallouts() {
        assertThat(Markdown.firstParagraph("> [!NOTE]\n> aside\n\n| a |\n|---|\n| b |\n\nThe point.\n\nMore."))
                .isEqualTo("The point.");
    }

    @Test
    void rewritesLinkTargetsButNotCode() {
        String markdown = "[a](x.mdx) ![i](y.mdx) `[c](z.mdx)`\n\n    [d](w.mdx)\n\n[ref]: r.mdx \"t\"\n";

        assertThat(Markdown.rewriteLinks(markdown, PageLinks::toMarkdown))
                .isEqualTo("[a](x.md) ![i](y.md) `[c](z.mdx)`\n\n    [d](w.mdx)\n\n[ref]: r.md \"t\"\n");
    }

    @Test
    void formsAreWhatEachConversionGivesFromOneParse() {
        String markdown = "Intro with **bold** and [a link](rag.md).\n\n> [!NOTE]\n> Aside.\n\nSecond paragraph.\n";

        MarkdownForms forms = Markdown.forms(markdown);

        assertThat(forms.html()).contains(Markdown.toHtml(markdown));
        assertThat(forms.text()).isEqualTo(Markdown.toPlainText(markdown)).contains("Aside", "Second paragraph");
        assertThat(forms.firstParagraph()).isEqualTo(Markdown.firstParagraph(markdown)).startsWith("Intro with bold");
    }

    @Test
    void formsLeaveHeadingHtmlToTheRenderer() {
        assertThat(Markdown.forms("Text\n\n##### A heading\n\nMore.\n").html()).isEmpty();
        assertThat(Markdown.forms("<h5 id=\"mine\">Named</h5>\n").html()).isPresent();
    }

    @Test
    void headingLinesAreTheHashHeadingsAtAnyDepthInDocumentOrder() {
        String markdown = "# Top\n\ntext\n\n- ### In a list\n\n> ## Quoted\n\n```\n# a comment\n```\n\nSetext\n===\n\n<h3>Raw</h3>\n\n###### Last";

        assertThat(Markdown.headingLines(markdown)).containsExactly(0, 4, 6, 17);
    }

    @Test
    void theGivenIdsGoToThoseHeadingsInOrderAndNoOtherHeadingTakesOne() {
        String markdown = "Setext\n===\n\n<h3>Raw</h3>\n\n## First\n\n- ### Second\n\n## Third\n\n## Fourth";

        Element body = Jsoup.parseBodyFragment(Markdown.toHtml(markdown, List.of("first", "", "third"))).body();

        assertThat(body.select("h1, h2, h3").eachAttr("id")).containsExactly("first", "third");
        assertThat(body.select("[id]").eachText()).containsExactly("First", "Third");
    }
}
