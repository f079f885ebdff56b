package dev.qadocs.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.model.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SarifReportTest {

    @Test
    void writesOneResultPerDiagnosticWithRuleAndRegion(@TempDir Path dir) throws Exception {
        List<Diagnostic> diagnostics = List.of(
                Diagnostic.error(new SourcePosition("guide/my page.md", 12, 7), "broken-link", "broken link 'x.md'"),
                Diagnostic.warning(SourcePosition.of("a.md", 3), "made-up-by-a-plugin", "something"));
        RuleRegistry registry = RuleRegistry.standard(ValidationConfig.defaults());
        Path file = dir.resolve("target/qadocs-report.sarif");

        new SarifReport(registry.descriptors(), dir.resolve("content")).write(diagnostics, file);

        JsonNode run = new ObjectMapper().readTree(file.toFile()).path("runs").get(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        JsonNode first = run.path("results").get(0);
        assertThat(first.path("ruleId").asText()).isEqualTo("broken-link");
        assertThat(rules.get(first.path("ruleIndex").asInt()).path("id").asText()).isEqualTo("broken-link");
        assertThat(first.path("level").asText()).isEqualTo("error");
        assertThat(first.path("message").path("text").asText()).isEqualTo("broken link 'x.md'");
        JsonNode location = first.path("locations").get(0).path("physicalLocation");
        assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo("guide/my%20page.md");
        assertThat(location.path("region").path("startLine").asInt()).isEqualTo(12);
        assertThat(location.path("region").path("startColumn").asInt()).isEqualTo(7);
        assertThat(run.path("originalUriBaseIds").path("SRCROOT").path("uri").asText())
                .startsWith("file:/").endsWith("/content/");

        JsonNode second = run.path("results").get(1);
        assertThat(rules.get(second.path("ruleIndex").asInt()).path("id").asText()).isEqualTo("made-up-by-a-plugin");
        assertThat(second.path("level").asText()).isEqualTo("warning");
    }

    @Test
    void isValidSarifVersionAndIdenticalForIdenticalInput(@TempDir Path dir) throws Exception {
        SarifReport report = new SarifReport(RuleRegistry.standard(ValidationConfig.defaults()).descriptors(), dir);
        List<Diagnostic> none = List.of();

        String json = report.toJson(none);

        assertThat(new ObjectMapper().readTree(json).path("version").asText()).isEqualTo("2.1.0");
        assertThat(report.toJson(none)).isEqualTo(json);
    }

    @Test
    void listsEveryRuleOfEveryStageWithItsDescriptionAndDefaultLevel(@TempDir Path dir) throws Exception {
        RuleRegistry registry = RuleRegistry.standard(ValidationConfig.defaults());

        JsonNode rules = new ObjectMapper().readTree(new SarifReport(registry.descriptors(), dir).toJson(List.of()))
                .path("runs").get(0).path("tool").path("driver").path("rules");

        assertThat(rules).extracting(rule -> rule.path("id").asText())
                .containsExactlyElementsOf(registry.descriptors().stream().map(RuleDescriptor::id).toList())
                .contains("output-collision", "unreadable", "unclosed-tag", "broken-link");
        assertThat(rules).allSatisfy(rule -> assertThat(rule.path("shortDescription").path("text").asText())
                .isNotEqualTo(rule.path("id").asText()).endsWith("."));
        assertThat(rules).filteredOn(rule -> rule.path("id").asText().equals("numbering")).singleElement()
                .satisfies(rule -> assertThat(rule.path("defaultConfiguration").path("level").asText())
                        .isEqualTo("warning"));
    }
}
