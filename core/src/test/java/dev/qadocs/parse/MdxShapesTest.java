package dev.qadocs.parse;

import dev.qadocs.model.Callout;
import dev.qadocs.model.Entry;
import dev.qadocs.model.Page;
import dev.qadocs.model.Passage;
import dev.qadocs.model.Question;
import dev.qadocs.model.Section;
import dev.qadocs.model.SectionKind;
import org.junit.jupiter.api.Test;

import static dev.qadocs.parse.Pages.lines;
import static dev.qadocs.parse.Pages.page;
import static dev.qadocs.parse.Pages.questions;
import static dev.qadocs.parse.Pages.result;
import static org.assertj.core.api.Assertions.assertThat;

/** Mintlify MDX: components scanned line by line, converted to qadocs Markdown. */
class MdxShapesTest {

    @Test
    void accordionsInAGroupAreQuestionsWithDedentedContent() {
        Page page = page("x.mdx", lines(
                "## Basics",
                "<AccordionGroup>",
                "  <Accordion title='1. First?' icon=\"x\">",
                "    **Answer:** Indented content is not code.",
                "",
                "        real code block",
                "  </Accordion>",
                "  <Accordion",
                "    title=\"Uses `<div>` & > signs?\"",
                "    defaultOpen>",
                "    Answer text.",
                "  </Accordion>",
                "</AccordionGroup>"));

        assertThat(page.categories()).singleElement().satisfies(c -> assertThat(c.title()).isEqualTo("Basics"));
        assertThat(page.questions()).extracting(Question::displayTitle)
                .containsExactly("1. First?", "Uses `<div>` & > signs?");
        assertThat(page.questions().get(0).sections().get(0).markdown())
                .isEqualTo("Indented content is not code.\n\n    real code block");
        assertThat(page.questions().get(1).id()).isEqualTo("uses-div---signs");
        assertThat(page.questions().get(1).sections().get(0).markdown()).isEqualTo("Answer text.");
    }

    @Test
    void calloutsStartingWithAKnownLabelAreThatSectionOthersAreCallouts() {
        Question question = questions("x.mdx", lines(
                "<Accordion title=\"Q?\">",
                "**Answer:** yes",
                "<Tip>",
                "**Structured Answer Template -- Q:**",
                "1. one",
                "</Tip>",
                "<Info>",
                "**Further Reading:**",
                "- Paper -- example.org/paper",
                "</Info>",
                "<Note>",
                "**Big Word Alert -- `term`:** meaning",
                "</Note>",
                "<Warning>Careful here.</Warning>",
                "after the callout",
                "</Accordion>")).get(0);

        assertThat(question.sections()).extracting(Section::kind).containsExactly(SectionKind.ANSWER,
                SectionKind.ANSWER_TEMPLATE, SectionKind.FURTHER_READING, SectionKind.GLOSSARY_TERM,
                SectionKind.CALLOUT, SectionKind.GENERIC);
        assertThat(question.sections().get(1).markdown()).isEqualTo("1. one");
        assertThat(question.sections(Callout.class).get(0).type()).isEqualTo(Callout.Type.WARNING);
        assertThat(question.sections(Callout.class).get(0).markdown()).isEqualTo("Careful here.");
        assertThat(question.sections().get(5).label()).isEmpty();
        assertThat(question.sections().get(5).markdown()).isEqualTo("after the callout");
    }

    @Test
    void componentsBecomeQadocsMarkdown() {
        Question question = questions("x.mdx", lines(
                "<Accordion title=\"Q?\">",
                "<Steps>",
                "  <Step title=\"Measure\">",
                "    Find the slow part.",
                "  </Step>",
                "  <Step title=\"Fix\">",
                "    Fix it.",
                "  </Step>",
                "</Steps>",
                "<Tabs>",
                "<Tab title=\"React\">",
                "React text.",
                "</Tab>",
                "</Tabs>",
                "<CardGroup>",
                "<Card title=\"Docs\" href=\"https://example.org\">Read them.</Card>",
                "</CardGroup>",
                "<Frame>",
                "Framed words are kept.",
                "</Frame>",
                "<div style={{color: 'red'}}>inline JSX stays</div>",
                "<Note>",
                "A nested note.",
                "</Note>",
                "<Accordion title=\"Deeper\">",
                "Nested text.",
                "</Accordion>",
                "</Accordion>")).get(0);

        assertThat(question.sections()).extracting(Section::kind).containsExactly(SectionKind.ANSWER,
                SectionKind.CALLOUT, SectionKind.GENERIC);
        assertThat(question.sections().get(0).markdown()).isEqualTo(lines(
                "1. **Measure**",
                "",
                "   Find the slow part.",
                "",
                "2. **Fix**",
                "",
                "   Fix it.",
                "",
                "**React**",
                "",
                "React text.",
                "",
                "[**Docs**](https://example.org)",
                "",
                "Read them.",
                "",
                "Framed words are kept.",
                "<div style={{color: 'red'}}>inline JSX stays</div>").strip());
        assertThat(question.sections().get(2).markdown()).isEqualTo(lines(
                "<details>",
                "<summary>Deeper</summary>",
                "",
                "Nested text.",
                "",
                "</details>").strip());
    }

    @Test
    void calloutsOutsideQuestionsBecomeGitHubAlerts() {
        Page page = page("x.mdx", lines("<Note>", "**Intro** words.", "</Note>", "<Danger>", "Hot.", "</Danger>"));

        assertThat(page.intro()).isEqualTo("> [!NOTE]\n> **Intro** words.\n\n> [!CAUTION]\n> Hot.");
    }

    @Test
    void tagsInsideCodeFencesAreCode() {
        Question question = questions("x.mdx", lines(
                "<Accordion title=\"1. Code\">",
                "```jsx",
                "<Accordion title=\"not a question\">",
                "</Tabs>",
                "```",
                "</Accordion>")).get(0);

        assertThat(question.sections()).singleElement().satisfies(s ->
                assertThat(s.markdown()).contains("<Accordion title=\"not a question\">", "</Tabs>"));
        assertThat(result("x.mdx", "<Accordion title=\"x\">\n```\n</Accordion>\n```\n</Accordion>\n").diagnostics())
                .isEmpty();
    }

    @Test
    void aHeadingFollowedByAnAccordionLabelledAnswerIsOneQuestion() {
        Page page = page("x.mdx", lines(
                "## Cat",
                "### 3. How does it work?",
                "<AccordionGroup>",
                "<Accordion title=\"Answer\">",
                "Like this.",
                "</Accordion>",
                "<Accordion title=\"Red flag answer\">",
                "Like that.",
                "</Accordion>",
                "</AccordionGroup>"));

        assertThat(page.questions()).singleElement().satisfies(q -> {
            assertThat(q.number()).hasValue(3);
            assertThat(q.title()).isEqualTo("How does it work?");
            assertThat(q.sections()).extracting(Section::kind, Section::markdown).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(SectionKind.ANSWER, "Like this."),
                    org.assertj.core.groups.Tuple.tuple(SectionKind.RED_FLAG, "Like that."));
        });
    }

    @Test
    void storiesAndSubheadingsArePassagesNotQuestions() {
        Page page = page("x.mdx", lines(
                "## Stories",
                "<Accordion title=\"How a shop got faster\">",
                "A story with no labels.",
                "</Accordion>",
                "---",
                "### 1.1 Mental models",
                "Prose under a heading.",
                "<Accordion title=\"Walkthrough\">",
                "**Architecture:** labelled, so a question.",
                "</Accordion>",
                "Text after it."));

        assertThat(page.categories().get(0).entries()).extracting(Entry::getClass, this::titleOf).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Passage.class, "How a shop got faster"),
                org.assertj.core.groups.Tuple.tuple(Passage.class, "1.1 Mental models"),
                org.assertj.core.groups.Tuple.tuple(Question.class, "Walkthrough"),
                org.assertj.core.groups.Tuple.tuple(Passage.class, ""));
        assertThat(((Passage) page.categories().get(0).entries().get(1)).markdown()).isEqualTo("Prose under a heading.");
        assertThat(((Passage) page.categories().get(0).entries().get(3)).markdown()).isEqualTo("Text after it.");
    }

    @Test
    void unknownComponentsKeepTheirText() {
        Page page = page("x.mdx", lines("<Custom prop=\"1\">", "  Words inside an unknown component.", "</Custom>",
                "<Empty />"));

        assertThat(page.intro()).isEqualTo("Words inside an unknown component.");
    }

    private String titleOf(Entry entry) {
        return entry instanceof Question q ? q.displayTitle() : ((Passage) entry).title();
    }
}
