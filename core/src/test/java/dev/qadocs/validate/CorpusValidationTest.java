package dev.qadocs.validate;

import dev.qadocs.pipeline.PipelineFailedException;
import dev.qadocs.pipeline.PipelineOptions;
import dev.qadocs.pipeline.SiteBuilder;
import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.load.SourceFile;
import dev.qadocs.load.SourceLoader;
import dev.qadocs.model.Page;
import dev.qadocs.model.Question;
import dev.qadocs.parse.PageParser;
import dev.qadocs.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The validator on real pages: what it must find, and the false positives it must not produce. */
class CorpusValidationTest {

    private static final String MINTLIFY_ROOT = "/resources/interview-questions/";
    private static final String FRONTEND = "frontend-engineering.mdx";

    @TempDir
    static Path output;

    /** The whole-corpus check per site root, run once: several tests read the same findings. */
    private static final Map<String, List<Diagnostic>> CORPUS = new ConcurrentHashMap<>();

    private static List<Diagnostic> corpus(String siteRoot) {
        return CORPUS.computeIfAbsent(siteRoot, root -> check(Corpus.mintlify(), root));
    }

    private static List<Diagnostic> check(Path source, String siteRoot) {
        PipelineOptions options = PipelineOptions.of(source, output)
                .withValidation(ValidationConfig.defaults().withSiteRoot(siteRoot));
        try {
            return new SiteBuilder().checkOnly(options).diagnostics();
        } catch (PipelineFailedException e) {
            return e.diagnostics();
        }
    }

    private static List<Diagnostic> in(String file, List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.position().file().equals(file)).toList();
    }

    /** With the root at {@code /}, every root-relative path is checked, so one taken from code would show. */
    @ParameterizedTest
    @ValueSource(strings = {"llm-ai.mdx", "react.mdx"})
    void realPagesFullOfCodeAndComponentsGiveNoDiagnostics(String file) {
        // Silence only counts if the page was among those checked.
        assertThat(new SourceLoader().load(Corpus.mintlify()).files()).extracting(SourceFile::path).contains(file);
        assertThat(in(file, corpus("/"))).isEmpty();
        assertThat(in(file, corpus(MINTLIFY_ROOT))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {MINTLIFY_ROOT, "/"})
    void frontendPageReportsItsTenLinksToPagesOutsideTheCorpusAndNoOtherError(String siteRoot) {
        List<Diagnostic> found = in(FRONTEND, corpus(siteRoot));

        assertThat(found.stream().filter(Diagnostic::isError).map(Validation::located)).containsExactly(
                FRONTEND + ":424:346 broken-link", FRONTEND + ":669:273 broken-link",
                FRONTEND + ":762:156 broken-link", FRONTEND + ":1171:125 broken-link",
                FRONTEND + ":1295:126 broken-link", FRONTEND + ":1478:109 broken-link",
                FRONTEND + ":1535:39 broken-link", FRONTEND + ":1535:144 broken-link",
                FRONTEND + ":1549:39 broken-link", FRONTEND + ":1557:39 broken-link");
        assertThat(found.stream().filter(d -> !d.isError()).map(Validation::located)).containsExactly(
                FRONTEND + ":1332:1 duplicate-title", FRONTEND + ":1353:1 duplicate-title");
    }

    @Test
    void theRepeatedWalkthroughTitlesGetDistinctAnchors() {
        SourceFile source = new SourceLoader().load(Corpus.mintlify()).files().stream()
                .filter(f -> f.path().equals(FRONTEND)).findFirst().orElseThrow();
        Page page = new PageParser().parse(source).page().orElseThrow();

        List<Question> walkthroughs = page.questions().stream()
                .filter(q -> q.title().equals("Full System Design Walkthrough")).toList();

        assertThat(walkthroughs).hasSize(3).extracting(Question::id).doesNotHaveDuplicates();
        assertThat(new Validator(ValidationConfig.defaults()).validate(PageBuilder.site(page)))
                .noneMatch(d -> d.rule().equals("duplicate-anchor") || d.rule().equals("broken-anchor"));
    }

    /** The sample site builds with failOnWarning: our own guide must stay spotless. */
    @Test
    void ourOwnGuideIsSpotless() {
        assertThat(check(Corpus.siteContent(), "/")).isEmpty();
    }
}
