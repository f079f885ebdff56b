package dev.qadocs.parse;

import dev.qadocs.model.Callout;
import dev.qadocs.model.FurtherReading;
import dev.qadocs.model.GlossaryTerm;
import dev.qadocs.model.Page;
import dev.qadocs.model.Question;
import dev.qadocs.model.QuickFire;
import dev.qadocs.model.Section;
import dev.qadocs.model.SectionKind;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalInt;

import static dev.qadocs.parse.Pages.lines;
import static dev.qadocs.parse.Pages.page;
import static dev.qadocs.parse.Pages.questions;
import static org.assertj.core.api.Assertions.assertThat;

/** Our own format: {@code ##} categories, {@code ###} questions, bold labels (README "Writing questions"). */
class QadocsFormatTest {

    private static final String PAGE = lines(
            "---",
            "title: Retrieval",
            "description: Grounding answers",
            "order: 2",
            "icon: book",
            "audience: seniors",
            "---",
            "",
            "Intro words.",
            "",
            "## Retrieval basics",
            "",
            "Category intro.",
            "",
            "### 11. What problem does retrieval solve?",
            "",
            "**Answer:** It starts on the label line",
            "and goes on.",
            "",
            "**Core components:**",
            "- still the answer",
            "**What interviewers test:** Whether you know.",
            "**Red flag answer:** Saying nothing.",
            "**Follow-up questions:**",
            "- Why?",
            "**Weak vs strong answers:**",
            "- **Weak:** meh",
            "**Follow-up chain:**",
            "- **Cost:** money",
            "**Answer template:**",
            "1. Say it",
            "**Real-world example:** A shop.",
            "**Glossary \u2014 reranker:** A second model.",
            "**Quick-fire:**",
            "",
            "**Q:** Short question?",
            "**A:** Short answer.",
            "",
            "**Q:** Second?",
            "**A:** Yes,",
            "over two lines.",
            "",
            "**Further reading:**",
            "- [Lewis et al., 2020](https://arxiv.org/abs/2005.11401)",
            "- Attention paper -- arxiv.org/abs/1706.03762",
            "- A book without a link",
            "",
            "> [!IMPORTANT]",
            "> Callouts are alerts.",
            "",
            "#### Any other heading",
            "A heading starts a section.");

    @Test
    void frontMatterIsTyped() {
        Page page = page("rag.md", PAGE);

        assertThat(page.meta().title()).isEqualTo("Retrieval");
        assertThat(page.meta().description()).isEqualTo("Grounding answers");
        assertThat(page.meta().order()).hasValue(2);
        assertThat(page.meta().icon()).contains("book");
        assertThat(page.meta().extra()).containsEntry("audience", "seniors");
        assertThat(page.intro()).isEqualTo("Intro words.");
    }

    @Test
    void categoriesAndQuestions() {
        Page page = page("rag.md", PAGE);

        assertThat(page.categories()).singleElement().satisfies(category -> {
            assertThat(category.title()).isEqualTo("Retrieval basics");
            assertThat(category.id()).isEqualTo("retrieval-basics");
            assertThat(category.intro()).isEqualTo("Category intro.");
        });
        Question question = page.questions().get(0);
        assertThat(question.number()).hasValue(11);
        assertThat(question.title()).isEqualTo("What problem does retrieval solve?");
        assertThat(question.id()).isEqualTo("11-what-problem-does-retrieval-solve");
        assertThat(question.displayTitle()).isEqualTo("11. What problem does retrieval solve?");
    }

    @Test
    void everyKnownLabelStartsItsTypedSection() {
        Question question = questions("rag.md", PAGE).get(0);

        assertThat(question.sections()).extracting(Section::kind).containsExactly(
                SectionKind.ANSWER, SectionKind.WHAT_IS_TESTED, SectionKind.RED_FLAG, SectionKind.FOLLOW_UPS,
                SectionKind.WEAK_VS_STRONG, SectionKind.FOLLOW_UP_CHAIN, SectionKind.ANSWER_TEMPLATE,
                SectionKind.REAL_WORLD_EXAMPLE, SectionKind.GLOSSARY_TERM, SectionKind.QUICK_FIRE,
                SectionKind.FURTHER_READING, SectionKind.CALLOUT, SectionKind.GENERIC);
        assertThat(question.sections()).extracting(Section::label).startsWith("Answer", "What interviewers test",
                "Red flag answer");
    }

    @Test
    void unknownLabelsStayInTheirSection() {
        Section answer = questions("rag.md", PAGE).get(0).firstOf(SectionKind.ANSWER).orElseThrow();

        assertThat(answer.markdown()).isEqualTo(lines(
                "It starts on the label line",
                "and goes on.",
                "",
                "**Core components:**",
                "- still the answer").strip());
    }

    @Test
    void typedSectionsCarryTheirStructure() {
        Question question = questions("rag.md", PAGE).get(0);

        GlossaryTerm term = question.sections(GlossaryTerm.class).get(0);
        assertThat(term.term()).isEqualTo("reranker");
        assertThat(term.markdown()).isEqualTo("A second model.");

        QuickFire quickFire = question.sections(QuickFire.class).get(0);
        assertThat(quickFire.pairs()).extracting(QuickFire.Pair::question, QuickFire.Pair::answer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Short question?", "Short answer."),
                org.assertj.core.groups.Tuple.tuple("Second?", "Yes,\nover two lines."));
        assertThat(quickFire.pairs().get(0).position().line()).isEqualTo(36);

        FurtherReading reading = question.sections(FurtherReading.class).get(0);
        assertThat(reading.references()).extracting(FurtherReading.Reference::title, FurtherReading.Reference::url)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Lewis et al., 2020", Optional.of("https://arxiv.org/abs/2005.11401")),
                        org.assertj.core.groups.Tuple.tuple("Attention paper", Optional.of("https://arxiv.org/abs/1706.03762")),
                        org.assertj.core.groups.Tuple.tuple("A book without a link", Optional.empty()));

        Callout callout = question.sections(Callout.class).get(0);
        assertThat(callout.type()).isEqualTo(Callout.Type.INFO);
        assertThat(callout.markdown()).isEqualTo("Callouts are alerts.");

        Section heading = question.sections().get(question.sections().size() - 1);
        assertThat(heading.label()).isEqualTo("Any other heading");
        assertThat(heading.markdown()).isEqualTo("A heading starts a section.");
    }

    @Test
    void labelsAreRecognisedInTheirLongerWordings() {
        String page = lines("### Q", "**What interviewers are really testing**: x", "**Red flag**: x",
                "**Structured answer template -- RAG:** x", "**Follow-up Q&A Chain:** x", "**Big Word Alert -- `KV cache`:** x",
                "**Senior follow-up questions:** x", "**What weak candidates say vs what strong candidates say:** x",
                "**Strong answer:** x", "**Recommended reading:** x");

        assertThat(questions("x.md", page).get(0).sections()).extracting(Section::kind).containsExactly(
                SectionKind.WHAT_IS_TESTED, SectionKind.RED_FLAG, SectionKind.ANSWER_TEMPLATE, SectionKind.QUICK_FIRE,
                SectionKind.GLOSSARY_TERM, SectionKind.FOLLOW_UPS, SectionKind.WEAK_VS_STRONG, SectionKind.ANSWER,
                SectionKind.FURTHER_READING);
        assertThat(questions("x.md", page).get(0).sections(GlossaryTerm.class).get(0).term()).isEqualTo("KV cache");
    }

    @Test
    void anUnknownLabelAtTheStartOfAQuestionStartsAGenericSection() {
        Question question = questions("x.md", lines("### Q", "**Key points:** one", "", "more", "**Answer:** two"))
                .get(0);

        assertThat(question.sections()).extracting(Section::kind, Section::label, Section::markdown).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SectionKind.GENERIC, "Key points", "one\n\nmore"),
                org.assertj.core.groups.Tuple.tuple(SectionKind.ANSWER, "Answer", "two"));
    }

    @Test
    void anAlertStartingWithAKnownLabelIsThatSection() {
        Question question = questions("x.md", lines("### Q", "Plain answer.", "", "> [!TIP]",
                "> **Answer template:**", "> 1. First")).get(0);

        assertThat(question.sections()).extracting(Section::kind).containsExactly(SectionKind.ANSWER,
                SectionKind.ANSWER_TEMPLATE);
        assertThat(question.sections().get(1).markdown()).isEqualTo("1. First");
    }

    @Test
    void questionsBeforeAnyCategoryGoInAnUntitledOne() {
        Page page = page("x.md", lines("# Title", "", "### 1) First?", "Yes."));

        assertThat(page.meta().title()).isEqualTo("Title");
        assertThat(page.intro()).isEmpty();
        assertThat(page.categories()).singleElement().satisfies(c -> assertThat(c.title()).isEmpty());
        assertThat(page.questions().get(0).number()).isEqualTo(OptionalInt.of(1));
        assertThat(page.questions().get(0).title()).isEqualTo("First?");
        assertThat(page.questions().get(0).id()).isEqualTo("1-first");
    }

    @Test
    void withoutTitleOrHeadingTheTitleIsEmpty() {
        assertThat(page("x.md", "Just text.\n").meta().title()).isEmpty();
    }

    @Test
    void aTitledPageKeepsItsFirstHeadingInTheIntro() {
        assertThat(page("x.md", lines("---", "title: T", "---", "# Heading", "Words.")).intro())
                .isEqualTo("# Heading\nWords.");
    }
}
