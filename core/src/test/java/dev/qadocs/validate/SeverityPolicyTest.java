package dev.qadocs.validate;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.diagnostic.Severity;
import dev.qadocs.model.Page;
import dev.qadocs.model.SourcePosition;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.qadocs.validate.PageBuilder.page;
import static dev.qadocs.validate.PageBuilder.site;
import static org.assertj.core.api.Assertions.assertThat;

class SeverityPolicyTest {

    private static final Diagnostic UNCLOSED = Diagnostic.error(new SourcePosition("b.mdx", 40, 1), "unclosed-tag",
            "<Accordion> opened here is never closed");
    private static final Diagnostic BINARY = Diagnostic.warning(SourcePosition.of("a.md", 1), "binary-file",
            "binary data");

    @Test
    void parserDiagnosticsTakeTheConfiguredSeverityOrKeepTheirOwn() {
        SeverityPolicy policy = new SeverityPolicy(Map.of("unclosed-tag", Severity.WARNING));

        assertThat(policy.apply(List.of(UNCLOSED, BINARY))).extracting(Diagnostic::toString).containsExactly(
                "a.md:1:1: warning: binary data [binary-file]",
                "b.mdx:40:1: warning: <Accordion> opened here is never closed [unclosed-tag]");
    }

    @Test
    void aRuleSetToOffReportsNothingFromAnyStage() {
        Page page = page("a.md").title("").category(3, "C").answered(5, 1, "Q").build();
        ValidationConfig config = new ValidationConfig(
                Map.of("missing-title", Severity.OFF, "unclosed-tag", Severity.OFF), false);

        assertThat(new Validator(config).validate(site(page))).isEmpty();
        assertThat(SeverityPolicy.of(config).apply(List.of(UNCLOSED, BINARY))).containsExactly(BINARY);
    }

    @Test
    void unreadableFrontMatterIsNotAlsoReportedAsAMissingTitle() {
        Page page = page("a.md").title("").category(3, "C").answered(5, 1, "Q").build();
        Page other = page("b.md").title("").category(3, "C").answered(5, 1, "Q").build();
        Diagnostic yaml = Diagnostic.error(SourcePosition.of("a.md", 2), "front-matter", "not valid YAML");

        List<Diagnostic> all = new ArrayList<>(new Validator(ValidationConfig.defaults()).validate(site(page, other)));
        all.add(yaml);

        assertThat(SeverityPolicy.of(ValidationConfig.defaults()).apply(all)).extracting(Validation::located)
                .containsExactly("a.md:2:1 front-matter", "b.md:1:1 missing-title");
    }

    @Test
    void diagnosticsComeSortedByFileLineAndColumnWithoutRepeats() {
        SeverityPolicy policy = SeverityPolicy.of(ValidationConfig.defaults());

        assertThat(policy.apply(List.of(UNCLOSED, BINARY, UNCLOSED))).containsExactly(BINARY, UNCLOSED);
    }
}
