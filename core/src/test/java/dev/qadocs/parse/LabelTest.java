package dev.qadocs.parse;

import dev.qadocs.model.SectionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The shortcuts around the table: skipped rewrites and rows must never change which label a text is. */
class LabelTest {

    @Test
    void boldTextWithoutAColonIsALabelWhenItNamesASubject() {
        Label label = Label.at("**Follow-up: How does it scale?** Sharding first.").orElseThrow();

        assertThat(label.kind()).contains(SectionKind.FOLLOW_UP_CHAIN);
        assertThat(label.subject()).isEqualTo("How does it scale?");
        assertThat(label.rest()).isEqualTo("Sharding first.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"**Answer** comes later", "**Red flags** are", "**Follow-up chain** below", "**Bold** text"})
    void boldTextWithoutAColonOrSubjectIsNoLabel(String line) {
        assertThat(Label.at(line)).isEmpty();
    }

    /** One text for each row of the table, in its order, then rewritten ones: each is read by its own row. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Key term: idempotency|GLOSSARY_TERM",
            "Going deeper: What about retries?|FOLLOW_UP_CHAIN",
            "Rapid fire round|QUICK_FIRE",
            "Deep dive|FOLLOW_UP_CHAIN",
            "What weak candidates say vs what strong candidates say|WEAK_VS_STRONG",
            "What the interviewer is really testing|WHAT_IS_TESTED",
            "Common pitfalls|RED_FLAG",
            "Likely follow-up questions to expect|FOLLOW_UPS",
            "Sample answer template - two minutes|ANSWER_TEMPLATE",
            "Real-world examples|REAL_WORLD_EXAMPLE",
            "Suggested reading|FURTHER_READING",
            "My strong answer|ANSWER",
            "How I would answer this question|ANSWER",
            "Solution|ANSWER",
            "FOLLOW UP QUESTIONS|FOLLOW_UPS",
            "Followup questions|FOLLOW_UPS",
            "Real World Example|REAL_WORLD_EXAMPLE",
            "real world examples \u2014 caching|REAL_WORLD_EXAMPLE",
            "Answer template -- short|ANSWER_TEMPLATE",
            "Answer template\u2013short|ANSWER_TEMPLATE"})
    void everyRowReadsItsLabelWhateverTheCaseAndDash(String text, SectionKind kind) {
        assertThat(Label.named(text, "").kind()).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"How does a cache expire?", "Show me the answer now", "Notes", "Answering machines"})
    void otherTextIsNoLabel(String text) {
        assertThat(Label.named(text, "").isKnown()).isFalse();
    }

    @Test
    void aDashRewriteGivesTheSubjectAfterIt() {
        assertThat(Label.named("Big Word Alert \u2014 `KV cache`", "").subject()).isEqualTo("KV cache");
    }
}
