package dev.qadocs.validate;

import dev.qadocs.diagnostic.RuleDescriptor;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RuleRegistryTest {

    @Test
    void theRegistryKnowsEveryStagesRulesAndSpotsTypos() {
        RuleRegistry registry = RuleRegistry.standard(ValidationConfig.defaults());

        assertThat(registry.descriptors()).extracting(RuleDescriptor::id).contains(
                "missing-answer", "empty-section", "duplicate-number", "numbering", "duplicate-anchor",
                "missing-title", "heading-level", "empty-category", "duplicate-title", "broken-link",
                "broken-anchor", "missing-asset", "malformed-url", "external-link", "unclosed-tag",
                "mismatched-tag", "front-matter", "invalid-utf8", "binary-file", "config", "unreadable",
                "output-collision").isSorted();
        assertThat(registry.unknown(Set.of("broken-link", "output-collision", "brokn-anchor")))
                .containsExactly("brokn-anchor");
    }

    @Test
    void everyRuleIdIsOneKebabCaseWord() {
        assertThat(RuleRegistry.standard(ValidationConfig.defaults()).descriptors())
                .allSatisfy(d -> assertThat(d.id()).matches("[a-z0-9]+(-[a-z0-9]+)*"))
                .extracting(RuleDescriptor::id).doesNotHaveDuplicates();
    }
}
