package dev.qadocs.parse;

import dev.qadocs.model.Heading;
import dev.qadocs.model.Page;
import dev.qadocs.model.Passage;
import dev.qadocs.model.Question;
import dev.qadocs.model.Section;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.qadocs.parse.Pages.lines;
import static dev.qadocs.parse.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The parser decides every heading's anchor once and keeps it beside the text that shows the heading. */
class HeadingAnchorsTest {

    @Test
    void aSectionKeepsTheIdsOfItsHeadingsAndOfTheHeadingItStartsAt() {
        Page page = page("x.md", lines(
                "## Setup",
                "",
                "### How do I install it?",
                "**Answer:** Run the installer.",
                "",
                "- ### Setup",
                "",
                "#### Trade-offs",
                "Slower start."));

        Question question = page.questions().get(0);
        assertThat(page.headings()).extracting(Heading::id)
                .containsExactly("setup", "how-do-i-install-it", "setup-1", "trade-offs");
        assertThat(question.sections()).extracting(Section::label, Section::id, Section::headingIds).containsExactly(
                tuple("Answer", "", List.of("setup-1")),
                tuple("Trade-offs", "trade-offs", List.of()));
    }

    @Test
    void introsAndPassagesKeepTheIdsOfTheirHeadingsInOrder() {
        Page page = page("x.md", lines(
                "---",
                "title: Guide",
                "---",
                "#### Before you start",
                "",
                "#### Before you start",
                "",
                "## Basics",
                "",
                "### Table of Contents",
                "",
                "- #### Before you start",
                "",
                "### What is it?",
                "**Answer:** A tool."));

        Passage contents = (Passage) page.categories().get(0).entries().get(0);
        assertThat(page.introHeadingIds()).containsExactly("before-you-start", "before-you-start-1");
        assertThat(contents.headingIds()).containsExactly("before-you-start-2");
        assertThat(page.categories().get(0).introHeadingIds()).isEmpty();
    }

    @Test
    void codeHoldsNoHeadings() {
        Page page = page("x.md", lines(
                "### How do I comment a script?",
                "**Answer:**",
                "",
                "```sh",
                "# like this",
                "```"));

        assertThat(page.questions().get(0).sections().get(0).headingIds()).isEmpty();
    }
}
