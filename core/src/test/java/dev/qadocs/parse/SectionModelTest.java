package dev.qadocs.parse;

import dev.qadocs.model.Question;
import dev.qadocs.model.Section;
import dev.qadocs.model.SectionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.qadocs.parse.Pages.lines;
import static dev.qadocs.parse.Pages.questions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** How the parts of a question are cut as authors write them (README "Input shapes", Labels). */
class SectionModelTest {

    private static Question question(String... body) {
        String[] page = new String[body.length + 1];
        page[0] = "### How do caches go stale?";
        System.arraycopy(body, 0, page, 1, body.length);
        return questions("x.md", lines(page)).get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Example answer", "Model answer", "Sample answer", "Strong answer", "How I would answer",
            "The two-minute answer", "Senior answer (framework)", "Explanation"})
    void aLabelNamingAnAnswerIsTheAnswerWhereverItComes(String wording) {
        Question question = question("**What they're really testing:** Whether you know invalidation.", "",
                "**" + wording + ":** Entries outlive the data they copy.", "", "- so reads return old values");

        assertThat(question.sections()).extracting(Section::kind, Section::markdown).containsExactly(
                tuple(SectionKind.WHAT_IS_TESTED, "Whether you know invalidation."),
                tuple(SectionKind.ANSWER, "Entries outlive the data they copy.\n\n- so reads return old values"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Weak answer", "Wrong answer", "Red flag answers", "Common mistakes"})
    void aLabelNamingABadAnswerIsARedFlagNotTheAnswer(String wording) {
        Question question = question("**Answer:** Entries outlive their data.", "**" + wording + ":** Blaming the CDN.");

        assertThat(question.sections()).extracting(Section::kind)
                .containsExactly(SectionKind.ANSWER, SectionKind.RED_FLAG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Questions & Answers", "Questions and answers", "What separates a staff-level answer", "See deep-dive answer",
            "When a cache is actually the right answer"})
    void aSentenceThatEndsInTheWordAnswerDoesNotNameOne(String wording) {
        assertThat(Label.named(wording, "").isKnown()).isFalse();
    }

    @Test
    void aLabelFollowedAtOnceByANoteHeadsTheTextAfterTheNote() {
        Question question = question("**Answer**:", "", "**What interviewers are really testing:** Whether you can "
                + "name the failure.", "", "- Time-based expiry leaves a window", "- Write-through closes it");

        assertThat(question.sections()).extracting(Section::kind, Section::label, Section::markdown).containsExactly(
                tuple(SectionKind.WHAT_IS_TESTED, "What interviewers are really testing",
                        "Whether you can name the failure."),
                tuple(SectionKind.ANSWER, "Answer", "- Time-based expiry leaves a window\n- Write-through closes it"));
        assertThat(question.sections().get(1).position().line()).isEqualTo(2);
    }

    @Test
    void aLabelWhoseNoteIsFollowedOnlyByMoreLabelsStaysEmpty() {
        Question question = question("**Answer**:", "", "**What interviewers are really testing:** Naming it.", "",
                "**Red flag answer:** Blaming the CDN.");

        assertThat(question.firstOf(SectionKind.ANSWER)).get().extracting(Section::markdown).isEqualTo("");
    }

    @Test
    void aNoteBeforeTheAnswerIsOneParagraphAndTheProseAfterItIsTheAnswer() {
        Question question = question("**What they're really testing:** Whether you know invalidation.", "",
                "Entries outlive the data they copy.", "", "A second paragraph of the answer.");

        assertThat(question.sections()).extracting(Section::kind, Section::label, Section::markdown).containsExactly(
                tuple(SectionKind.WHAT_IS_TESTED, "What they're really testing", "Whether you know invalidation."),
                tuple(SectionKind.ANSWER, "Answer",
                        "Entries outlive the data they copy.\n\nA second paragraph of the answer."));
    }

    @Test
    void aNoteLabelAloneOnItsLineTakesTheParagraphOrListUnderIt() {
        Question question = question("**Answer**:", "", "**What interviewers are really testing:**",
                "Whether you can name the failure.", "", "Expiry leaves a window.", "", "**Red flag answer:**", "",
                "- Blaming the CDN", "", "- Restarting servers");

        assertThat(question.sections()).extracting(Section::kind, Section::markdown).containsExactly(
                tuple(SectionKind.WHAT_IS_TESTED, "Whether you can name the failure."),
                tuple(SectionKind.ANSWER, "Expiry leaves a window."),
                tuple(SectionKind.RED_FLAG, "- Blaming the CDN\n\n- Restarting servers"));
    }

    @Test
    void afterTheAnswerANoteRunsUntilTheNextLabelAsBefore() {
        Question question = question("**Answer:** Entries outlive their data.", "",
                "**Red flag answer:** Blaming the CDN.", "", "Or restarting servers.");

        assertThat(question.sections()).extracting(Section::kind, Section::markdown).containsExactly(
                tuple(SectionKind.ANSWER, "Entries outlive their data."),
                tuple(SectionKind.RED_FLAG, "Blaming the CDN.\n\nOr restarting servers."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"**Follow-up: How does team size shape the cache layer?**",
            "**Going Deeper: Why do two caches disagree?**", "**Follow-up question: What if writes are rare?:**"})
    void aLabelThatIsAQuestionTitlesAFollowUpWithItsAnswerBelow(String label) {
        Question question = question("**Answer:** Entries outlive their data.", "", label, "",
                "Each team adds its own layer.", "", "So there are more copies to invalidate.");

        Section followUp = question.sections().get(1);
        assertThat(followUp.kind()).isEqualTo(SectionKind.FOLLOW_UP_CHAIN);
        assertThat(followUp.label()).isEqualTo(label.replaceAll("^\\*\\*|:?\\*\\*:?$", ""));
        assertThat(followUp.markdown())
                .isEqualTo("Each team adds its own layer.\n\nSo there are more copies to invalidate.");
    }

    @Test
    void aQuestionLabelWithNothingBelowIsAFollowUpQuestionToExpect() {
        Question question = question("**Answer:** Entries outlive their data.",
                "**Follow-up: How would you test for staleness?**", "**Follow-up: What does it cost?**");

        assertThat(question.sections()).extracting(Section::kind, Section::label, Section::markdown).containsExactly(
                tuple(SectionKind.ANSWER, "Answer", "Entries outlive their data."),
                tuple(SectionKind.FOLLOW_UPS, "Follow-up", "How would you test for staleness?"),
                tuple(SectionKind.FOLLOW_UPS, "Follow-up", "What does it cost?"));
    }

    @Test
    void boldSentencesWithoutAColonStayText() {
        Question question = question("**Answer:** Entries outlive their data.", "",
                "**Why not just expire everything?**", "Because the misses would cost more.", "",
                "**Problem 2: two writers.** They race.");

        assertThat(question.sections()).extracting(Section::kind).containsExactly(SectionKind.ANSWER);
    }

    @Test
    void aLabelIsFoundInOnePassHoweverLongItsRunOfSpaces() {
        String spaces = " ".repeat(20_000);

        Label label = Label.at("**a" + spaces + "b:** rest").orElseThrow();

        assertThat(label.text()).isEqualTo("a" + spaces + "b");
        assertThat(label.rest()).isEqualTo("rest");
        assertThat(label.isKnown()).isFalse();
        assertThat(Label.at("**Red" + spaces + "flag:**").orElseThrow().kind()).contains(SectionKind.RED_FLAG);
    }
}
