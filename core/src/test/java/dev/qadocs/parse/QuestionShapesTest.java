package dev.qadocs.parse;

import dev.qadocs.model.Page;
import dev.qadocs.model.Passage;
import dev.qadocs.model.Question;
import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static dev.qadocs.parse.Pages.lines;
import static dev.qadocs.parse.Pages.page;
import static dev.qadocs.parse.Pages.questions;
import static dev.qadocs.parse.Pages.result;
import static org.assertj.core.api.Assertions.assertThat;

/** Each common shape of Q&amp;A page, small: the unit a reader takes for the questions is the one qadocs takes. */
class QuestionShapesTest {

    @Test
    void aHeadingFollowedByAnAnswerCollapsibleIsOneQuestionAndTheContentsBlockIsNot() {
        Page page = page("README.md", lines(
                "## Contents", "### Basics", "<details><summary>View contents</summary>", "", "- [A](#a)", "</details>",
                "## Basics",
                "#### 1. What is a closure?", "```js", "f()", "```", "<details><summary><b>Answer</b></summary>", "",
                "A function with its scope.", "", "##### Good to hear", "- scope", "</details>",
                "#### 2. What is hoisting?", "<details><summary>Show</summary>", "", "Declarations move up.", "</details>"));

        assertThat(page.questions()).extracting(Question::title).containsExactly("What is a closure?", "What is hoisting?");
        assertThat(page.questions()).extracting(Question::number).containsExactly(OptionalInt.of(1), OptionalInt.of(2));
        assertThat(text(page.questions().get(0))).contains("f()").contains("A function").contains("Good to hear");
    }

    @Test
    void aHeadingInsideAListItemIsPartOfTheAnswerNotACategory() {
        Page page = page("README.md", lines(
                "## Core", "1. ### What is A?", "", "    Answer A.", "", "    ## 1. Syntax:", "", "    More of A.", "",
                "2. ### What is B?", "", "    Answer B."));

        assertThat(page.categories()).extracting(c -> c.title()).containsExactly("Core");
        assertThat(page.questions()).extracting(Question::title).containsExactly("What is A?", "What is B?");
        assertThat(text(page.questions().get(0))).contains("Syntax:").contains("More of A.");
    }

    /** A question's labels and Markdown, in order: where its text went, whatever the sections. */
    private static String text(Question question) {
        return question.sections().stream().map(s -> s.label() + "\n" + s.markdown())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void aStrayFenceInOneAnswerEndsWithItsListItem() {
        Page page = page("README.md", lines(
                "1. ### First?", "", "    ```js", "    a()", "    ```", "", "    ```", "", "**[Back to top](#top)**", "",
                "2. ### Second?", "", "    Answer."));

        assertThat(page.questions()).extracting(Question::title).containsExactly("First?", "Second?");
    }

    @Test
    void detailsWhoseSummaryIsTheQuestionAreTheQuestionsAndHeadingsTheirCategories() {
        Page page = page("README.md", lines(
                "### :star: <a name=\"junior\">Junior</a>", "", "- <b>What did you learn?</b>", "- <b>Why Linux?</b>", "",
                "###### System (2)", "",
                "<details>", "<summary><b>What is <code>init</code>?</b></summary><br>", "PID 1.", "</details>", "",
                "<details>", "<summary><b>What is a zombie? ***</b></summary><br>", "To be completed.", "</details>"));

        assertThat(page.categories()).extracting(c -> c.title(), c -> c.id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Junior", "junior"),
                        org.assertj.core.groups.Tuple.tuple("System (2)", "system-2"));
        assertThat(page.questions()).extracting(Question::title)
                .containsExactly("What did you learn?", "Why Linux?", "What is init?", "What is a zombie?");
    }

    @Test
    void questionAdmonitionsAreQuestionsAndOtherAdmonitionsCollapsiblePassages() {
        Page page = page("faqs.md", lines(
                "## FAQ", "", "??? question \"Why do I see \"500\" errors?\"", "", "    Check the log.", "",
                "    === \"Linux\"", "        run it", "",
                "??? blank \"1.20 changes (Click to Expand)\"", "", "    Release notes.", "", "After."));

        assertThat(page.questions()).singleElement().satisfies(q -> {
            assertThat(q.title()).isEqualTo("Why do I see \"500\" errors?");
            assertThat(q.sections().get(0).markdown()).startsWith("Check the log.").doesNotContain("Release notes")
                    .contains("**Linux**\n\nrun it");
        });
        assertThat(page.categories().get(0).entries()).filteredOn(Passage.class::isInstance)
                .map(e -> ((Passage) e).title()).first().isEqualTo("1.20 changes (Click to Expand)");
    }

    @Test
    void anAdmonitionEndsWithThePageAndADirectiveWithItsClosingLine() {
        ParseResult result = result("faqs.md", lines("## FAQ", "??? question \"Last?\"", "    Body.", "",
                ":::tip Remember", "Text.", ":::", "", ":::note", "Never closed."));

        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("unclosed-tag");
            assertThat(d.position().line()).isEqualTo(9);
            assertThat(d.message()).isEqualTo(":::note is never closed; add a ::: line");
        });
        Page page = result.page().orElseThrow();
        assertThat(page.questions()).singleElement()
                .satisfies(q -> assertThat(q.sections()).extracting(s -> s.markdown()).containsExactly("Body."));
        // Text after a collapsible question is a passage after it; the directive is a tip callout there.
        assertThat(page.categories().get(0).entries()).filteredOn(Passage.class::isInstance)
                .map(e -> ((Passage) e).markdown()).singleElement().asString()
                .contains("> [!TIP]").contains("Text.").contains("Never closed.");
    }

    @Test
    void boldParagraphsAreQuestionsWhenThePageHasNoQuestionHeadings() {
        Page page = page("theory.md", lines(
                "# Theory", "", "## Regression", "", "**What is regression? 👶**", "", "Predicting a number.", "",
                "**What is linear regression? \u200d⭐️**", "", "A linear model.", "", "**Note:** a label is not a question."));

        assertThat(page.questions()).extracting(Question::title)
                .containsExactly("What is regression?", "What is linear regression?");
        assertThat(page.questions().get(1).sections().get(0).markdown()).contains("A linear model.").contains("a label");
    }

    @Test
    void rawHtmlHeadingsWithANameAreQuestionsAnchoredAtThatName() {
        Page page = page("FAQ.md", lines(
                "## FAQ", "", "- [Config?](#config)", "", "<h3 name=\"config\">", "Does it read <code>.rc</code> files?",
                "</h3>", "", "Yes.", "", "<h3 name=\"release\">", "When is the next release?", "</h3>", "", "Soon.", "", "<h4 align=\"center\">Roadmap</h4>", "", "Later."));

        assertThat(page.questions()).extracting(Question::title, Question::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Does it read .rc files?", "config"),
                org.assertj.core.groups.Tuple.tuple("When is the next release?", "release"));
        assertThat(text(page.questions().get(1))).contains("Roadmap").contains("Later.");
    }

    @Test
    void headingTitlesLoseIconsBadgesAndCustomIdsWhichBecomeTheAnchor() {
        Page page = page("faq.mdx", lines(
                "## General", "", "### <Icon name=\"angle-right\" /> Is it free? <Badge /> {#Is-It-Free}", "", "Yes.", "",
                "### <Icon name=\"angle-right\" /> Can I use `cy.get` with &lt;iframe&gt;?", "", "Sometimes.", "",
                "#### A sub-heading", "", "Detail."));

        assertThat(page.questions()).extracting(Question::title, Question::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Is it free?", "Is-It-Free"),
                org.assertj.core.groups.Tuple.tuple("Can I use `cy.get` with <iframe>?", "can-i-use-cyget-with-iframe"));
    }

    @Test
    void qnLabelsAreTheQuestionNumber() {
        assertThat(questions("faq.md", lines("## Data", "### Q1: What formats?", "CSV.", "### Q2: Common errors", "See logs.")))
                .extracting(Question::number, Question::title).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(OptionalInt.of(1), "What formats?"),
                        org.assertj.core.groups.Tuple.tuple(OptionalInt.of(2), "Common errors"));
    }

    @Test
    void mintlifyAccordionsAreReadInMarkdownPagesTooWhenThePageClosesThem() {
        Page page = page("faq.md", lines(
                "## Basics", "<AccordionGroup>", "  <Accordion title='Value \"proposition\"'>", "    It is cheap.",
                "  </Accordion>", "</AccordionGroup>"));

        assertThat(page.questions()).extracting(Question::title).containsExactly("Value \"proposition\"");
        assertThat(page.questions().get(0).sections().get(0).markdown()).isEqualTo("It is cheap.");
    }

    @Test
    void frontMatterChoosesTheUnitAndTheResultSaysSo() {
        ParseResult result = result("x.md", lines("---", "title: X", "questions: heading:2", "---",
                "## What is A?", "A.", "### Not a question", "B."));

        assertThat(result.page().orElseThrow().questions()).extracting(Question::title).containsExactly("What is A?");
        assertThat(result.reading().describe(1)).isEqualTo("1 question from ## headings (front matter)");
    }

    @Test
    void anUnknownUnitInFrontMatterIsReportedAtItsLineAndDetectionIsUsed() {
        ParseResult result = result("x.md", lines("---", "title: X", "questions: sections", "---",
                "### What is A?", "A."));

        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("front-matter");
            assertThat(d.position().line()).isEqualTo(3);
            assertThat(d.message()).contains("'sections'").contains("heading:N");
        });
        assertThat(result.page().orElseThrow().questions()).hasSize(1);
        assertThat(result.reading().describe(1)).isEqualTo("1 question from ### headings");
    }

    @Test
    void aSiteDefaultAppliesToPagesWithoutTheirOwn() {
        ParseResult result = new PageParser(QuestionUnit.parse("bold").orElseThrow())
                .parse(new dev.qadocs.load.SourceFile("x.md", lines("### Heading", "", "**Is this one?**", "", "Yes.")));

        assertThat(result.page().orElseThrow().questions()).extracting(Question::title).containsExactly("Is this one?");
        assertThat(result.reading().describe(1)).isEqualTo("1 question from bold paragraphs (site setting)");
    }
}
