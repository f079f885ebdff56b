package dev.qadocs.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.diagnostic.Severity;
import dev.qadocs.pipeline.PipelineFailedException;
import dev.qadocs.pipeline.PipelineOptions;
import dev.qadocs.pipeline.SiteBuilder;
import dev.qadocs.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision on real, published pages: {@code check} over the Q&amp;A files of {@code ../shared/corpus}, and the exact
 * list of findings compared with {@code corpus-findings.txt}, where a comment says for every error why its author
 * would agree to fix it. Links and images to pages and files of the source sites that were not copied leave the
 * corpus; they are warnings here ({@code broken-link=warning,missing-asset=warning}), as for anyone checking pages
 * taken out of their site. An error that is not in the list is a false positive and fails the test.
 */
class CorpusPrecisionTest {

    private static final Map<String, Severity> LEAVING_THE_CORPUS =
            Map.of("broken-link", Severity.WARNING, "missing-asset", Severity.WARNING);

    @TempDir
    static Path work;

    @Test
    void everyFindingOnTheRealPagesIsExpectedAndEveryErrorIsARealDefect() throws IOException {
        List<String> found = new ArrayList<>();
        found.addAll(check("mintlify", Corpus.mintlify(), "/resources/interview-questions/"));
        found.addAll(check("wild", wildPages(), "/"));

        assertThat(found).containsExactlyElementsOf(expected());
    }

    /** The wild folder holds a description of the corpus too; its Q&amp;A files are the ones expected.json lists. */
    private static Path wildPages() throws IOException {
        Path wild = Corpus.mintlify().resolveSibling("wild");
        Path pages = Files.createDirectories(work.resolve("wild"));
        for (JsonNode entry : new ObjectMapper().readTree(wild.resolve("expected.json").toFile())) {
            String file = entry.get("file").asText();
            Files.copy(wild.resolve(file), pages.resolve(file));
        }
        return pages;
    }

    private static List<String> check(String folder, Path source, String siteRoot) {
        PipelineOptions options = PipelineOptions.of(source, work.resolve("out-" + folder)).withValidation(
                new ValidationConfig(LEAVING_THE_CORPUS, false).withSiteRoot(siteRoot));
        List<Diagnostic> diagnostics;
        try {
            diagnostics = new SiteBuilder().checkOnly(options).diagnostics();
        } catch (PipelineFailedException e) {
            diagnostics = e.diagnostics();
        }
        return diagnostics.stream().map(d -> d.severity().label() + " " + folder + "/" + d.position().file() + ":"
                + d.position().line() + " " + d.rule()).toList();
    }

    private static List<String> expected() throws IOException {
        try (InputStream in = CorpusPrecisionTest.class.getResourceAsStream("corpus-findings.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Stream.of(text.split("\n")).map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
    }
}
