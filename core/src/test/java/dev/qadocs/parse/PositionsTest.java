package dev.qadocs.parse;

import dev.qadocs.model.Heading;
import dev.qadocs.model.Link;
import dev.qadocs.model.Page;
import dev.qadocs.model.SourcePosition;
import org.junit.jupiter.api.Test;

import static dev.qadocs.parse.Pages.lines;
import static dev.qadocs.parse.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Positions are the original file's 1-based line:column, whatever was stripped or dedented before parsing. */
class PositionsTest {

    private static final String PAGE = lines(
            "---",                                                    // 1
            "title: T",                                               // 2
            "---",                                                    // 3
            "See [one](a.md) and ![pic](img/p.png).",                 // 4
            "## Cat",                                                 // 5
            "<AccordionGroup>",                                       // 6
            "    <Accordion title=\"Q?\">",                           // 7
            "        Go [two](/docs/x \"t\") and `[no](code.md)`.",   // 8
            "        ```md",                                          // 9
            "        [not a link](fenced.md)",                        // 10
            "        ```",                                            // 11
            "        <Note>",                                         // 12
            "          Inline <a href=\"h.md\">a</a> <img src='i.png'>", // 13
            "        </Note>",                                        // 14
            "        #### Sub",                                       // 15
            "    </Accordion>",                                       // 16
            "</AccordionGroup>",                                      // 17
            "<Card title=\"Docs\" href=\"/docs/card\" />");           // 18

    @Test
    void linksMapBackThroughFrontMatterAndDedenting() {
        Page page = page("p.mdx", PAGE);

        assertThat(page.links()).extracting(Link::target, Link::image, l -> l.position().line(), l -> l.position().column())
                .containsExactly(
                        tuple("a.md", false, 4, 5),
                        tuple("img/p.png", true, 4, 21),
                        tuple("/docs/x", false, 8, 12),
                        tuple("h.md", false, 13, 18),
                        tuple("i.png", true, 13, 39),
                        tuple("/docs/card", false, 18, 1));
        assertThat(page.links()).allSatisfy(l -> assertThat(l.position().file()).isEqualTo("p.mdx"));
        assertThat(page.links().get(2).text()).isEqualTo("two");
    }

    @Test
    void linksAreFoundInEveryKindOfBlockBesideTextWithoutAny() {
        Page page = page("p.md", lines(
                "---",                                      // 1
                "title: T",                                 // 2
                "---",                                      // 3
                "Plain **bold** text with [a ref][r].",     // 4
                "",                                         // 5
                "## See [h](h.md)",                         // 6
                "",                                         // 7
                "| a | b |",                                // 8
                "|---|---|",                                // 9
                "| x | [t](t.md) |",                        // 10
                "",                                         // 11
                "- item",                                   // 12
                "- [l](l.md)",                              // 13
                "",                                         // 14
                "> quoted `[c](c.md)` and <A HREF=q.md>q</a>", // 15
                "",                                         // 16
                "[r]: r.md"));                              // 17

        assertThat(page.links()).extracting(Link::target, l -> l.position().line(), l -> l.position().column())
                .containsExactly(tuple("h.md", 6, 8), tuple("t.md", 10, 7), tuple("l.md", 13, 3), tuple("q.md", 15, 26));
    }

    @Test
    void linksInLinesWithLongRunsOfBlanksKeepTheirTextAndColumnsAsWritten() {
        String blanks = " ".repeat(30);
        Page page = page("p.md", lines(
                "---",                                                    // 1
                "title: T",                                               // 2
                "---",                                                    // 3
                "| [x](x.md)" + blanks + "| [y](y.md) |",                 // 4
                "|---|---|",                                              // 5
                "",                                                       // 6
                "> [a",                                                   // 7
                ">" + blanks + "b](b.md)",                                // 8
                "",                                                       // 9
                "See <a" + blanks + "href=\"c" + blanks + "d.md\">c</a>")); // 10

        assertThat(page.links()).extracting(Link::target, Link::text, l -> l.position().line(), l -> l.position().column())
                .containsExactly(
                        tuple("x.md", "x", 4, 3),
                        tuple("y.md", "y", 4, 44),
                        tuple("b.md", "a\n" + " ".repeat(29) + "b", 7, 3),
                        tuple("c" + blanks + "d.md", "", 10, 5));
    }

    @Test
    void headingsAndEntriesKnowWhereTheyStart() {
        Page page = page("p.mdx", PAGE);

        assertThat(page.headings()).extracting(Heading::text, Heading::position).containsExactly(
                tuple("Cat", new SourcePosition("p.mdx", 5, 1)),
                tuple("Q?", new SourcePosition("p.mdx", 7, 5)),
                tuple("Sub", new SourcePosition("p.mdx", 15, 9)));
        assertThat(page.questions().get(0).position()).isEqualTo(new SourcePosition("p.mdx", 7, 5));
        assertThat(page.questions().get(0).sections().get(0).position()).isEqualTo(new SourcePosition("p.mdx", 8, 9));
        assertThat(page.categories().get(0).position()).isEqualTo(new SourcePosition("p.mdx", 5, 1));
    }
}
