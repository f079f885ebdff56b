package dev.qadocs.pipeline;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.diagnostic.Severity;
import dev.qadocs.testing.Corpus;
import dev.qadocs.validate.ValidationConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The eleven wild pages built as one site, as a new user would point qadocs at them: the build ends in a site or
 * in diagnostics with file and line, never in an exception, and says per page how it read the questions.
 */
class WildSiteTest {

    private static final Path WILD = Corpus.projectRoot().resolveSibling("shared").resolve("corpus").resolve("wild");

    @TempDir
    Path work;

    @Test
    void theWholeWildFolderBuildsWithDiagnosticsOnlyAndEveryPageSaysHowItWasRead() throws IOException {
        Path content = Files.createDirectories(work.resolve("content"));
        try (Stream<Path> files = Files.list(WILD)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.mdx?")).toList()) {
                Files.copy(file, content.resolve(file.getFileName()));
            }
        }
        // Someone else's pages link to chapters and images that are not in the folder, and some questions in them
        // are unanswered on purpose; those are findings, not what this test is about.
        Map<String, Severity> rules = new HashMap<>();
        for (String rule : List.of("broken-link", "broken-anchor", "missing-asset", "missing-answer", "empty-section")) {
            rules.put(rule, Severity.WARNING);
        }
        SiteBuilder builder = new SiteBuilder();
        List<Diagnostic> diagnostics;
        try {
            diagnostics = builder.build(PipelineOptions.of(content, work.resolve("site"))
                    .withValidation(new ValidationConfig(rules, false))).diagnostics();
            assertThat(work.resolve("site/index.html")).exists();
        } catch (PipelineFailedException failed) {
            diagnostics = failed.diagnostics();
            assertThat(diagnostics).filteredOn(Diagnostic::isError).isNotEmpty();
        }

        assertThat(diagnostics).allSatisfy(d -> {
            assertThat(d.position().file()).isNotBlank();
            assertThat(d.position().line()).isPositive();
        });
        assertThat(builder.readings()).containsEntry("ms-swift-faq.md", "124 questions from ### headings")
                .containsEntry("kometa-faqs.md", "9 questions from admonitions")
                .containsEntry("test-your-sysadmin-skills.md", "285 questions from <details> blocks")
                .containsEntry("data-science-theory.md", "166 questions from bold paragraphs")
                .containsEntry("openclaw-faq.md", "109 questions from accordions")
                .containsEntry("react-coding-exercises.md", "11 questions from #### headings")
                .hasSize(12);
    }
}
