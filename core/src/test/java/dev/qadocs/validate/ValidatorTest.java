package dev.qadocs.validate;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.diagnostic.Severity;
import dev.qadocs.model.Page;
import dev.qadocs.model.SourcePosition;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.qadocs.validate.PageBuilder.page;
import static dev.qadocs.validate.PageBuilder.site;
import static org.assertj.core.api.Assertions.assertThat;

class ValidatorTest {

    private static final Diagnostic UNCLOSED = Diagnostic.error(new SourcePosition("b.mdx", 40, 1), "unclosed-tag",
            "<Accordion> opened here is never closed");
    private static final Diagnostic BINARY = Diagnostic.warning(SourcePosition.of("a.md", 1), "binary-file",
            "binary data");

    @Test
    void parserDiagnosticsTakeTheConfiguredSeverityOrKeepTheirOwn() {
        Validator validator = new Validator(new ValidationConfig(Map.of("unclosed-tag", Severity.WARNING), false));

        assertThat(validator.configure(List.of(UNCLOSED, BINARY))).extracting(Diagnostic::toString).containsExactly(
                "a.md:1:1: warning: binary data [binary-file]",
                "b.mdx:40:1: warning: <Accordion> opened here is never closed [unclosed-tag]");
    }

    @Test
    void aRuleSetToOffReportsNothingFromAnyStage() {
        Page page = page("a.md").title("").category(3, "C").answered(5, 1, "Q").build();
        ValidationConfig config = new ValidationConfig(
                Map.of("missing-title", Severity.OFF, "unclosed-tag", Severity.OFF), false);
        Validator validator = new Validator(config);

        assertThat(validator.validate(site(page))).isEmpty();
        assertThat(validator.configure(List.of(UNCLOSED, BINARY))).containsExactly(BINARY);
    }

    @Test
    void unreadableFrontMatterIsNotAlsoReportedAsAMissingTitle() {
        Page page = page("a.md").title("").category(3, "C").answered(5, 1, "Q").build();
        Page other = page("b.md").title("").category(3, "C").answered(5, 1, "Q").build();
        Validator validator = new Validator(ValidationConfig.defaults());
        Diagnostic yaml = Diagnostic.error(SourcePosition.of("a.md", 2), "front-matter", "not valid YAML");

        List<Diagnostic> all = new ArrayList<>(validator.validate(site(page, other)));
        all.add(yaml);

        assertThat(validator.configure(all)).extracting(Validation::located)
                .containsExactly("a.md:2:1 front-matter", "b.md:1:1 missing-title");
    }

    @Test
    void diagnosticsComeSortedByFileLineAndColumnWithoutRepeats() {
        Validator validator = new Validator(ValidationConfig.defaults());

        assertThat(validator.configure(List.of(UNCLOSED, BINARY, UNCLOSED))).containsExactly(BINARY, UNCLOSED);
    }

    @Test
    void validatorFindingsAreAlreadyInOrder() {
        Page b = page("b.md").title("").category(3, "C").answered(5, 1, "Q").link(9, 8, "x.md").link(9, 2, "y.md")
                .build();
        Page a = page("a.md").title("A").category(3, "Empty").build();

        assertThat(new Validator(ValidationConfig.defaults()).validate(site(b, a)))
                .extracting(Validation::located)
                .containsExactly("a.md:3:1 empty-category", "b.md:1:1 missing-title", "b.md:9:2 broken-link",
                        "b.md:9:8 broken-link");
    }

    @Test
    void theRegistryKnowsParserRulesAndSpotsTypos() {
        RuleRegistry registry = RuleRegistry.standard(ValidationConfig.defaults());

        assertThat(registry.descriptors()).extracting(RuleDescriptor::id).contains(
                "missing-answer", "empty-section", "duplicate-number", "numbering", "duplicate-anchor",
                "missing-title", "heading-level", "empty-category", "duplicate-title", "broken-link",
                "broken-anchor", "missing-asset", "malformed-url", "external-link", "unclosed-tag",
                "mismatched-tag", "front-matter", "invalid-utf8", "binary-file", "config").isSorted();
        assertThat(registry.unknown(Set.of("broken-link", "brokn-anchor"))).containsExactly("brokn-anchor");
    }

    @Test
    void everyRuleIdIsOneKebabCaseWord() {
        assertThat(RuleRegistry.standard(ValidationConfig.defaults()).descriptors())
                .allSatisfy(d -> assertThat(d.id()).matches("[a-z0-9]+(-[a-z0-9]+)*"))
                .extracting(RuleDescriptor::id).doesNotHaveDuplicates();
    }
}
