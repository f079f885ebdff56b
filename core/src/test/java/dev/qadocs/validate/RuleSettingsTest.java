package dev.qadocs.validate;

import dev.qadocs.diagnostic.Severity;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleSettingsTest {

    private static final RuleRegistry REGISTRY = RuleRegistry.standard(ValidationConfig.defaults());

    @Test
    void theCommandLineWinsOverTheBuildFileAndCaseAndSpacesDoNotMatter() throws Exception {
        Map<String, Severity> parsed = RuleSettings.parse(Map.of("broken-link", "error", "numbering", "Warning"),
                " broken-link = WARNING , heading-level=off", REGISTRY);

        assertThat(parsed).containsOnly(Map.entry("broken-link", Severity.WARNING),
                Map.entry("numbering", Severity.WARNING), Map.entry("heading-level", Severity.OFF));
    }

    @Test
    void everyStagesRuleCanBeSetTheWriteStagesIncluded() throws Exception {
        assertThat(RuleSettings.parse(Map.of(), "output-collision=warning,unclosed-tag=off,unreadable=warning",
                REGISTRY)).containsOnly(Map.entry("output-collision", Severity.WARNING),
                Map.entry("unclosed-tag", Severity.OFF), Map.entry("unreadable", Severity.WARNING));
    }

    @Test
    void nothingSetIsNoSetting() throws Exception {
        assertThat(RuleSettings.parse(Map.of(), null, REGISTRY)).isEmpty();
        assertThat(RuleSettings.parse(Map.of(), "  ", REGISTRY)).isEmpty();
    }

    @Test
    void aPairWithoutEqualsSignSaysWhatIsExpected() {
        assertThatThrownBy(() -> RuleSettings.parse(Map.of(), "broken-link=warning,numbering", REGISTRY))
                .isInstanceOf(RuleSettings.InvalidException.class)
                .hasMessage("-Dqadocs.rules takes rule=severity pairs separated by commas, such as "
                        + "broken-link=warning,numbering=off; got 'numbering'");
    }

    @Test
    void anUnknownSeverityNamesTheRuleAndTheChoices() {
        assertThatThrownBy(() -> RuleSettings.parse(Map.of("numbering", "loud"), "", REGISTRY))
                .isInstanceOf(RuleSettings.InvalidException.class)
                .hasMessage("rule numbering is set to 'loud'; use error, warning or off");
    }

    @Test
    void anUnknownRuleListsTheKnownOnes() {
        assertThatThrownBy(() -> RuleSettings.parse(Map.of(), "brokn-link=off", REGISTRY))
                .isInstanceOf(RuleSettings.InvalidException.class)
                .hasMessageStartingWith("unknown rule brokn-link in <rules>; known rules: binary-file, broken-anchor")
                .hasMessageContaining("output-collision");
    }
}
