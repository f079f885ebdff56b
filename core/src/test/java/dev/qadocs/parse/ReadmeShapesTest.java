package dev.qadocs.parse;

import dev.qadocs.model.Page;
import dev.qadocs.model.Passage;
import dev.qadocs.model.Question;
import dev.qadocs.model.Section;
import dev.qadocs.model.SectionKind;
import org.junit.jupiter.api.Test;

import static dev.qadocs.parse.Pages.lines;
import static dev.qadocs.parse.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The shapes popular interview-question READMEs on GitHub use, auto-detected. */
class ReadmeShapesTest {

    @Test
    void headingPerQuestionWithATableOfContents() {
        Page page = page("README.md", lines(
                "# Interview Questions",
                "",
                "## Table of Contents",
                "",
                "1. [What is a closure?](#1-what-is-a-closure)",
                "2. [What is hoisting?](#2-what-is-hoisting)",
                "",
                "### 1. What is a closure?",
                "",
                "A function with its scope.",
                "",
                "### 2. What is hoisting?",
                "",
                "Declarations move up."));

        assertThat(page.meta().title()).isEqualTo("Interview Questions");
        assertThat(page.categories()).singleElement().satisfies(category -> {
            assertThat(category.entries().get(0)).isInstanceOfSatisfying(Passage.class, toc -> {
                assertThat(toc.title()).isEqualTo("Table of Contents");
                assertThat(toc.markdown()).contains("[What is hoisting?](#2-what-is-hoisting)");
            });
            assertThat(category.questions()).extracting(Question::id, q -> q.sections().get(0).markdown())
                    .containsExactly(tuple("1-what-is-a-closure", "A function with its scope."),
                            tuple("2-what-is-hoisting", "Declarations move up."));
        });
    }

    @Test
    void aFaqOfQuestionSectionsAsksAtItsSecondLevel() {
        Page page = page("faq.md", lines(
                "# Frequently asked",
                "",
                "## How do I install it?",
                "",
                "Download the archive.",
                "",
                "### On Windows",
                "",
                "Run the installer.",
                "",
                "## Why does the build fail offline?",
                "",
                "It fetches plugins the first time."));

        assertThat(page.questions()).extracting(Question::title)
                .containsExactly("How do I install it?", "Why does the build fail offline?");
        assertThat(page.questions().get(0).sections()).extracting(Section::markdown)
                .anySatisfy(text -> assertThat(text).contains("Run the installer."));
    }

    @Test
    void categoriesThatDoNotAskStayCategories() {
        Page page = page("faq.md", lines(
                "## Setup",
                "",
                "### How do I install it?",
                "",
                "Download the archive.",
                "",
                "## Use",
                "",
                "### How do I start it?",
                "",
                "Run it."));

        assertThat(page.categories()).extracting(c -> c.title()).containsExactly("Setup", "Use");
        assertThat(page.questions()).hasSize(2);
    }

    @Test
    void numberedListHeadingsWithIndentedAnswers() {
        Page page = page("README.md", lines(
                "### Table of Contents",
                "",
                "| No. | Questions |",
                "| --- | --------- |",
                "| 1 | [What is React?](#what-is-react) |",
                "",
                "1. ### What is React?",
                "",
                "   React is a library.",
                "",
                "   ```js",
                "   render(<App />)",
                "   ```",
                "",
                "   **[\u2B06 Back to Top](#table-of-contents)**",
                "",
                "2. ### What is JSX?",
                "   A syntax extension."));

        assertThat(page.questions()).extracting(Question::number, Question::title, Question::id).containsExactly(
                tuple(java.util.OptionalInt.of(1), "What is React?", "what-is-react"),
                tuple(java.util.OptionalInt.of(2), "What is JSX?", "what-is-jsx"));
        assertThat(page.questions().get(0).sections()).singleElement().satisfies(answer -> {
            assertThat(answer.kind()).isEqualTo(SectionKind.ANSWER);
            assertThat(answer.markdown()).startsWith("React is a library.\n\n```js\nrender(<App />)\n```");
        });
    }

    @Test
    void detailsBlocksAreQuestionsAndTextBeforeTheFirstLabelIsTheAnswer() {
        Page page = page("faq.md", lines(
                "## Basics",
                "",
                "<details>",
                "<summary><b>What is a promise?</b></summary>",
                "",
                "An object for a future value.",
                "",
                "**Red flag answer:** A callback.",
                "",
                "<details><summary>Deeper</summary>",
                "",
                "Nested detail.",
                "",
                "</details>",
                "</details>",
                "",
                "<details><summary>",
                "Why async?",
                "</summary>",
                "Because.",
                "</details>"));

        assertThat(page.questions()).extracting(Question::title).containsExactly("What is a promise?", "Why async?");
        Question first = page.questions().get(0);
        assertThat(first.sections()).extracting(Section::kind).containsExactly(SectionKind.ANSWER, SectionKind.RED_FLAG);
        assertThat(first.sections().get(0).markdown()).isEqualTo("An object for a future value.");
        assertThat(first.sections().get(1).markdown())
                .isEqualTo("A callback.\n\n<details>\n<summary>Deeper</summary>\n\nNested detail.\n\n</details>");
        assertThat(page.questions().get(1).sections().get(0).markdown()).isEqualTo("Because.");
    }

    @Test
    void aHeadingQuestionWithACollapsedAnswer() {
        Page page = page("faq.md", lines(
                "### 4. What is a thunk?",
                "<details><summary>Show answer</summary>",
                "",
                "A deferred computation.",
                "",
                "</details>"));

        assertThat(page.questions()).singleElement().satisfies(q -> {
            assertThat(q.title()).isEqualTo("What is a thunk?");
            assertThat(q.sections()).extracting(Section::kind, Section::markdown)
                    .containsExactly(tuple(SectionKind.ANSWER, "A deferred computation."));
        });
    }

    @Test
    void jsxLookingProseInMarkdownIsProse() {
        ParseResult result = Pages.result("README.md", lines("### 1. What is Suspense?", "<Suspense> waits for data.",
                "</Tabs> is not a tag here either."));

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.page().orElseThrow().questions().get(0).sections().get(0).markdown())
                .isEqualTo("<Suspense> waits for data.\n</Tabs> is not a tag here either.");
    }
}
