package dev.qadocs.pipeline;

import dev.qadocs.testing.Corpus;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.qadocs.testing.ModelFixtures.answer;
import static dev.qadocs.testing.ModelFixtures.category;
import static dev.qadocs.testing.ModelFixtures.page;
import static dev.qadocs.testing.ModelFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;

/** A site without qadocs.yml is named and summed up from its pages. */
class SiteDefaultsTest {

    @TempDir
    Path work;

    @Test
    void titlesThatStartAlikeNameTheSiteElseTheFolderMadeReadable() {
        var pods = page("a.md", "Kubernetes: Pods", category("", question(1, "Q?", answer("A."))));
        var jobs = page("b.md", "Kubernetes: Jobs", category("", question(1, "Q?", answer("A."))));
        var other = page("c.md", "Helm charts", category("", question(1, "Q?", answer("A."))));

        assertThat(SiteDefaults.name(List.of(pods, jobs), Path.of("x"))).isEqualTo("Kubernetes");
        assertThat(SiteDefaults.name(List.of(pods, other), Path.of("/w/02-interview_questions")))
                .isEqualTo("Interview questions");
        assertThat(SiteDefaults.name(List.of(other), Path.of("whatever"))).isEqualTo("Helm charts");
        // A shared short word names nothing.
        var what1 = page("d.md", "The pods", category(""));
        var what2 = page("e.md", "The jobs", category(""));
        assertThat(SiteDefaults.name(List.of(what1, what2), Path.of("k8s-notes"))).isEqualTo("K8s notes");
    }

    @Test
    void theSummaryCountsTheQuestionsAndNamesThePages() {
        var pods = page("a.md", "Pods", category("", question(1, "Q?", answer("A.")), question(2, "R?", answer("B."))));
        var jobs = page("b.md", "Jobs", category("", question(1, "Q?", answer("A."))));

        assertThat(SiteDefaults.summary(List.of(pods, jobs))).isEqualTo("3 questions on Pods and Jobs.");
        assertThat(SiteDefaults.summary(List.of(pods, jobs, pods, jobs, pods, jobs)))
                .isEqualTo("9 questions on Pods, Jobs, Pods, Jobs and 2 more.");
    }

    @Test
    void theMintlifyCorpusWithoutConfigGetsANameASummaryAndNoEmptyCategoriesOnItsHome() throws Exception {
        Path content = Files.createDirectories(work.resolve("mintlify"));
        for (String file : List.of("llm-ai.mdx", "react.mdx", "frontend-engineering.mdx")) {
            Files.copy(Corpus.mintlify(file), content.resolve(file));
        }
        PipelineOptions options = PipelineOptions.of(content, work.resolve("site"))
                .withValidation(new dev.qadocs.validate.ValidationConfig(
                        java.util.Map.of("broken-link", dev.qadocs.diagnostic.Severity.OFF), false));
        new SiteBuilder().build(options);

        String llms = Files.readString(work.resolve("site/llms.txt"));
        assertThat(llms.lines().findFirst()).hasValue("# Mintlify");
        assertThat(llms.lines().filter(l -> l.startsWith("> ")).findFirst()).hasValueSatisfying(summary ->
                assertThat(summary).matches("> \\d+ questions on .+ and .+\\."));
        var home = Jsoup.parse(work.resolve("site/index.html").toFile());
        assertThat(home.select(".qd-card-categories .qd-count").eachText()).isNotEmpty().doesNotContain("0");
    }
}
