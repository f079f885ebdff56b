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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FOLLOW UP QUESTIONS|FOLLOW_UPS",
            "Followup questions|FOLLOW_UPS",
            "Real World Example|REAL_WORLD_EXAMPLE",
            "real world examples \u2014 caching|REAL_WORLD_EXAMPLE",
            "Answer template -- short|ANSWER_TEMPLATE",
            "Answer template\u2013short|ANSWER_TEMPLATE"})
    void rewritesApplyWhateverTheCase(String text, SectionKind kind) {
        assertThat(Label.named(text, "").kind()).contains(kind);
    }

    @Test
    void aDashRewriteGivesTheSubjectAfterIt() {
        assertThat(Label.named("Big Word Alert \u2014 `KV cache`", "").subject()).isEqualTo("KV cache");
    }
}
