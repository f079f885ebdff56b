package dev.qadocs.validate;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.diagnostic.Severity;
import dev.qadocs.model.Callout;
import dev.qadocs.model.FurtherReading;
import dev.qadocs.model.Page;
import dev.qadocs.model.QuickFire;
import dev.qadocs.model.SectionKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.qadocs.validate.PageBuilder.page;
import static dev.qadocs.validate.PageBuilder.site;
import static dev.qadocs.validate.Validation.findings;
import static org.assertj.core.api.Assertions.assertThat;

class StructureRulesTest {

    @Test
    void aQuestionWithOnlyFollowUpsHasNoAnswer() {
        PageBuilder p = page("rag.md").category(5, "Basics");
        p.question(7, 1, "What is RAG?", p.section(SectionKind.FOLLOW_UPS, 8, "- Why?"));

        assertThat(findings(site(p.build()), "missing-answer")).containsExactly("rag.md:7:1 missing-answer");
    }

    @Test
    void anAnswerOrUnlabelledTextAnswersAQuestion() {
        PageBuilder p = page("rag.md").category(5, "Basics");
        p.question(7, 1, "Labelled", p.answer(8, "Yes."));
        p.question(10, 2, "Unlabelled", p.section(SectionKind.GENERIC, 11, "Plain text."));

        assertThat(findings(site(p.build()), "missing-answer")).isEmpty();
    }

    @Test
    void aLabelWithNothingAfterItIsAnEmptySection() {
        PageBuilder p = page("rag.md").category(5, "Basics");
        p.question(7, 1, "What is RAG?", p.answer(8, "Yes."), p.section(SectionKind.RED_FLAG, 10, "  \n"));

        assertThat(findings(site(p.build()))).containsExactly("rag.md:10:1 empty-section");
    }

    @Test
    void aLabelRightOverAPartOfItsKindTitlesItAndIsNotEmpty() {
        PageBuilder p = page("rag.md").category(5, "Basics");
        p.question(7, 1, "What is RAG?", p.section(SectionKind.ANSWER, 8, ""), p.answer(10, "Short: retrieval."),
                p.section(SectionKind.FOLLOW_UPS, 12, ""), p.section(SectionKind.FOLLOW_UP_CHAIN, 14, "Because."),
                p.section(SectionKind.RED_FLAG, 16, ""), p.section(SectionKind.FOLLOW_UPS, 18, "- Why?"));

        assertThat(findings(site(p.build()))).containsExactly("rag.md:16:1 empty-section");
    }

    @Test
    void quickFirePairsAndReferencesAreContentEvenWithoutProse() {
        PageBuilder p = page("rag.md").category(5, "Basics");
        p.question(7, 1, "What is RAG?", p.answer(8, "Yes."),
                new QuickFire("Quick-fire", "", "", List.of(), List.of(new QuickFire.Pair("Q?", "A.", p.at(11))), p.at(10)),
                new FurtherReading("Further reading", "", "", List.of(), List.of(
                        new FurtherReading.Reference("A paper", Optional.empty(), p.at(14))), p.at(13)));

        assertThat(findings(site(p.build()), "empty-section")).isEmpty();
    }

    @Test
    void twoQuestionsWithOneNumberAreReportedAtTheSecond() {
        Page page = page("rag.md").category(5, "Basics").answered(7, 1, "One").answered(10, 2, "Two")
                .category(13, "More").answered(15, 2, "Two again").build();

        assertThat(findings(site(page), "duplicate-number")).containsExactly("rag.md:15:1 duplicate-number");
        assertThat(findings(site(page), "numbering")).isEmpty();
    }

    @Test
    void distinctNumbersAreNotDuplicates() {
        Page page = page("rag.md").category(5, "Basics").answered(7, 1, "One").answered(10, 2, "Two").build();

        assertThat(findings(site(page))).isEmpty();
    }

    @Test
    void aGapAndABackwardStepInNumberingAreWarnings() {
        Page page = page("rag.md").category(5, "Basics").answered(7, 11, "Eleven").answered(10, 13, "Thirteen")
                .answered(13, 12, "Twelve").answered(16, 0, "Unnumbered").build();

        List<Diagnostic> found = new Validator(ValidationConfig.defaults()).validate(site(page));

        assertThat(found).extracting(Validation::located)
                .containsExactly("rag.md:10:1 numbering", "rag.md:13:1 numbering");
        assertThat(found).allMatch(d -> d.severity() == Severity.WARNING);
        assertThat(found.get(0).message()).isEqualTo("question 13 follows question 11: 12 is missing");
        assertThat(found.get(1).message()).isEqualTo("question 12 follows question 13: out of order");
    }

    @Test
    void numberingMayStartAnywhereAndRunAcrossCategories() {
        Page page = page("rag.md").category(5, "A").answered(7, 21, "x").category(10, "B").answered(12, 22, "y")
                .build();

        assertThat(findings(site(page), "numbering")).isEmpty();
    }

    @Test
    void numberingThatRestartsInEachCategoryIsJudgedPerCategory() {
        Page page = page("ml.md").category(5, "Prompting").answered(7, 1, "a").answered(9, 2, "b")
                .category(11, "Classical ML").answered(13, 1, "c").answered(15, 2, "d").answered(17, 4, "e")
                .answered(19, 2, "f").build();

        assertThat(findings(site(page))).containsExactly("ml.md:17:1 numbering", "ml.md:19:1 duplicate-number",
                "ml.md:19:1 numbering");
    }

    @Test
    void aCategoryStartingAgainWhereThePageStartedRestartsTheNumbering() {
        Page page = page("ml.md").category(5, "A").answered(7, 21, "a").answered(9, 22, "b")
                .category(11, "B").answered(13, 21, "c").answered(15, 22, "d").build();

        assertThat(findings(site(page))).isEmpty();
    }

    @Test
    void aRestartInsideACategoryIsStillAMistake() {
        Page page = page("ml.md").category(5, "A").answered(7, 1, "a").answered(9, 2, "b").answered(11, 1, "c")
                .build();

        assertThat(findings(site(page))).containsExactly("ml.md:11:1 duplicate-number", "ml.md:11:1 numbering");
    }

    @Test
    void aPlaceholderIsNoAnswer() {
        PageBuilder p = page("ml.md").category(5, "A");
        p.question(7, 1, "Unanswered", p.section(SectionKind.GENERIC, 8, "Answer here\n\n<br/>"));
        p.question(10, 2, "Labelled", p.answer(11, "*TODO*"), p.section(SectionKind.FOLLOW_UPS, 12, "- Why?"));
        p.question(14, 3, "Dots", p.answer(15, "..."));
        p.question(17, 4, "Short but real", p.answer(18, "Yes."));
        p.question(20, 5, "Only a picture", p.answer(21, "![the flow](flow.png)"));

        List<Diagnostic> found = new Validator(ValidationConfig.defaults()).validate(site(List.of("flow.png"),
                p.build()));

        assertThat(found).extracting(Validation::located).containsExactly("ml.md:7:1 missing-answer",
                "ml.md:10:1 missing-answer", "ml.md:14:1 missing-answer");
        assertThat(found.get(0).message()).isEqualTo("question '1. Unanswered' has no answer: 'Answer here' is a "
                + "placeholder");
    }

    @Test
    void aPlaceholderIsReadAsAReaderSeesItThroughMarkupThatHasLettersOfItsOwn() {
        PageBuilder p = page("ml.md").category(5, "A");
        p.question(7, 1, "Tagged", p.answer(8, "<em>TBD</em>"));
        p.question(10, 2, "Fenced", p.answer(11, "```text\ntodo\n```"));
        p.question(13, 3, "Linked", p.answer(14, "[coming soon](https://example.com/later)"));
        p.question(16, 4, "Entity", p.answer(17, "&nbsp;TODO"));
        p.question(19, 5, "Words of their own", p.answer(20, "Use `todo` lists, then <kbd>Esc</kbd>."));
        p.question(22, 6, "A word near one", p.answer(23, "**To do** it twice is wasteful."));

        assertThat(findings(site(p.build()), "missing-answer")).containsExactly("ml.md:7:1 missing-answer",
                "ml.md:10:1 missing-answer", "ml.md:13:1 missing-answer", "ml.md:16:1 missing-answer");
    }

    @Test
    void aCategoryOfQuestionsWithNoAnswerAnywhereIsAQuestionnaire() {
        PageBuilder p = page("ml.md").category(5, "Questions to ask your interviewer");
        p.question(7, 0, "What does a good first month look like?");
        p.question(8, 0, "How is on-call shared?", p.section(SectionKind.FOLLOW_UPS, 9, "- Paid?"));
        p.category(11, "Basics").answered(13, 1, "Answered");
        p.question(15, 2, "Forgotten");
        p.category(17, "Drafts");
        p.question(19, 3, "Placeholder", p.answer(20, "TBD"));
        p.question(22, 4, "Blank");

        assertThat(findings(site(p.build()), "missing-answer")).containsExactly("ml.md:15:1 missing-answer",
                "ml.md:19:1 missing-answer", "ml.md:22:1 missing-answer");
    }

    @Test
    void workedExamplesTemplatesAndStrongAnswersAnswerAQuestionNotesAndCalloutsDoNot() {
        PageBuilder p = page("ml.md").category(5, "A");
        p.question(7, 1, "Example", p.section(SectionKind.REAL_WORLD_EXAMPLE, 8, "A shop did it."));
        p.question(10, 2, "Template", p.section(SectionKind.ANSWER_TEMPLATE, 11, "1. Say it"));
        p.question(13, 3, "Weak and strong", p.section(SectionKind.WEAK_VS_STRONG, 14, "- **Strong:** this"));
        p.question(16, 4, "Notes only", p.section(SectionKind.WHAT_IS_TESTED, 17, "Depth."),
                p.section(SectionKind.RED_FLAG, 18, "Guessing."));
        p.question(20, 5, "Callout only", new Callout(Callout.Type.NOTE, "Note", "", "Asked often.", List.of(), p.at(21)));

        assertThat(findings(site(p.build()), "missing-answer"))
                .containsExactly("ml.md:16:1 missing-answer", "ml.md:20:1 missing-answer");
    }

    @Test
    void aHeadingOverDeeperHeadingsOrLabelsIsNotEmptyOneOverNothingIs() {
        PageBuilder p = page("ops.mdx").category(3, "Incidents");
        p.question(5, 0, "The night the cache died",
                p.section(SectionKind.GENERIC, 6, "Severity one."),
                p.section(SectionKind.GENERIC, 8, ""), p.section(SectionKind.GENERIC, 9, "Reads timed out."),
                p.section(SectionKind.GENERIC, 11, ""), p.section(SectionKind.FOLLOW_UPS, 12, "- What now?"),
                p.section(SectionKind.GENERIC, 14, ""), p.section(SectionKind.GENERIC, 15, ""));
        p.heading(8, 3, "Timeline").heading(9, 4, "Before midnight").heading(11, 3, "Lessons Learned")
                .heading(14, 3, "Discussion").heading(15, 3, "Appendix");

        assertThat(findings(site(p.build()))).containsExactly("ops.mdx:14:1 empty-section",
                "ops.mdx:15:1 empty-section");
    }

    @Test
    void aCollidingIdIsReportedAtTheLaterElement() {
        PageBuilder p = page("rag.md").category(5, "Basics");
        p.question(7, 0, "Setup", "setup-1", p.answer(8, "a"));
        p.heading(10, 4, "Setup", "setup");
        p.heading(12, 4, "Setup", "setup-1");

        // The second "Setup" heading gets "setup-1" by GitHub's rule, which the question already holds.
        assertThat(findings(site(p.build()), "duplicate-anchor")).containsExactly("rag.md:12:1 duplicate-anchor");
    }

    @Test
    void aQuestionAndItsOwnHeadingAreOneAnchor() {
        Page page = page("rag.md").category(5, "Basics").answered(7, 1, "One").answered(10, 2, "One").build();

        assertThat(findings(site(page), "duplicate-anchor")).isEmpty();
    }

    @Test
    void aPageWithoutTitleIsReportedAtLineOne() {
        Page untitled = page("rag.md").title(" ").category(5, "Basics").answered(7, 1, "One").build();
        Page titled = page("ok.md").title("Fine").category(5, "Basics").answered(7, 1, "One").build();

        assertThat(findings(site(untitled, titled))).containsExactly("rag.md:1:1 missing-title");
        assertThat(new Validator(ValidationConfig.defaults()).validate(site(untitled)))
                .singleElement().satisfies(d -> {
                    assertThat(d.severity()).isEqualTo(Severity.WARNING);
                    assertThat(d.message()).contains("called 'Rag' after its file");
                });
    }

    @Test
    void aHeadingTwoLevelsDeeperIsAWarning() {
        Page page = page("rag.md").category(5, "Basics").answered(7, 1, "One")
                .heading(9, 5, "Too deep").heading(11, 4, "Fine after").heading(13, 2, "Back up").build();

        assertThat(findings(site(page))).containsExactly("rag.md:9:1 heading-level");
    }

    @Test
    void questionsBeforeAnyCategoryDoNotSkipALevel() {
        Page page = page("rag.md").answered(7, 1, "One").heading(9, 4, "Detail").build();

        assertThat(findings(site(page), "heading-level")).isEmpty();
    }

    @Test
    void aCategoryWithNothingUnderItIsAWarning() {
        Page page = page("rag.md").category(5, "Left behind").category(7, "Basics").answered(9, 1, "One").build();

        assertThat(findings(site(page))).containsExactly("rag.md:5:1 empty-category");
    }

    @Test
    void aPartHeadingOverCategoriesIsNotEmpty() {
        Page page = page("rag.md").category(3, 1, "Part I").category(5, "Basics").answered(7, 1, "One")
                .category(10, 1, "Part II").build();

        assertThat(findings(site(page))).containsExactly("rag.md:10:1 empty-category");
    }

    @Test
    void aCategoryOfProseIsNotEmpty() {
        Page page = page("rag.md").category(5, "Intro").intro("Welcome.").category(7, "Stories")
                .passage(9, "A case study").category(12, "Basics").answered(14, 1, "One").build();

        assertThat(findings(site(page), "empty-category")).isEmpty();
    }

    @Test
    void aRepeatedQuestionTitleIsAWarningAndTheAnchorsStayDistinct() {
        Page page = page("design.md").category(5, "Walkthroughs").answered(7, 0, "Full walkthrough")
                .answered(10, 0, "Other").answered(13, 0, "full  Walkthrough").build();

        assertThat(findings(site(page))).containsExactly("design.md:13:1 duplicate-title");
        assertThat(page.questions()).extracting(q -> q.id()).doesNotHaveDuplicates();
    }

    @Test
    void differentTitlesAreNotRepeats() {
        Page page = page("design.md").category(5, "W").answered(7, 0, "First").answered(10, 0, "Second").build();

        assertThat(findings(site(page), "duplicate-title")).isEmpty();
    }
}
