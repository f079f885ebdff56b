package dev.qadocs.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qadocs.testing.Corpus;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MojoTest
class CheckMojoTest {

    private static final String GOOD = """
            ---
            title: Retrieval
            ---

            ## Basics

            ### 1. What does retrieval add?

            **Answer:** Fresh facts. See [the next question](#2-when-is-it-not-worth-it).

            ### 2. When is it not worth it?

            **Answer:** When the model already knows enough.
            """;

    private static final String BAD = """
            ---
            title: Retrieval
            ---

            ## Basics

            ### 1. What does retrieval add?

            **Answer:** Fresh facts. See [the old page](old-retrieval.md).
            """;

    @TempDir
    Path dir;

    private Path content(String page) throws IOException {
        Path source = Files.createDirectories(dir.resolve("content"));
        Files.writeString(source.resolve("retrieval.md"), page);
        return source;
    }

    private void configure(CheckMojo mojo, Path source) {
        mojo.source = source.toFile();
        mojo.output = dir.resolve("target/qadocs").toFile();
        mojo.report = dir.resolve("target/qadocs-report.sarif").toFile();
        mojo.linkCache = dir.resolve("target/qadocs-link-cache.json").toFile();
    }

    private JsonNode results() throws IOException {
        return new ObjectMapper().readTree(dir.resolve("target/qadocs-report.sarif").toFile())
                .path("runs").get(0).path("results");
    }

    @Test
    @InjectMojo(goal = "check")
    void passesOnGoodContentAndWritesAnEmptyReport(CheckMojo mojo) throws Exception {
        configure(mojo, content(GOOD));

        mojo.execute();

        assertThat(results()).isEmpty();
        assertThat(dir.resolve("target/qadocs")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "check")
    void failsOnBadContentWithTheSummaryAndReportsWhere(CheckMojo mojo) throws Exception {
        configure(mojo, content(BAD));

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("qadocs: 1 error, 0 warnings in 1 page");

        JsonNode result = results().get(0);
        assertThat(result.path("ruleId").asText()).isEqualTo("broken-link");
        JsonNode location = result.path("locations").get(0).path("physicalLocation");
        assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo("retrieval.md");
        assertThat(location.path("region").path("startLine").asInt()).isEqualTo(9);
        assertThat(location.path("region").path("startColumn").asInt()).isEqualTo(30);
    }

    @Test
    @InjectMojo(goal = "check")
    void reportsTheSameInProcessAndForked(CheckMojo mojo) throws Exception {
        configure(mojo, content(BAD));
        GoalRun inProcess = GoalRun.of(mojo, false);
        String inProcessReport = Files.readString(dir.resolve("target/qadocs-report.sarif"));

        GoalRun forked = GoalRun.of(mojo, true);

        assertThat(forked.failure()).isInstanceOf(MojoFailureException.class)
                .hasMessage(inProcess.failure().getMessage());
        assertThat(forked.lines()).isEqualTo(inProcess.lines()).containsExactly(
                "info: qadocs: retrieval.md: 1 question from ### headings",
                "error: retrieval.md:9:30: error: broken link 'old-retrieval.md': no page old-retrieval.md in the "
                        + "content folder [broken-link]",
                "info: qadocs: pipeline N ms (load N ms, parse N ms, validate N ms)");
        assertThat(dir.resolve("target/qadocs-report.sarif")).content().isEqualTo(inProcessReport);
    }

    @Test
    @InjectMojo(goal = "check")
    void aRuleSetToWarningLetsTheBuildPass(CheckMojo mojo) throws Exception {
        configure(mojo, content(BAD));
        mojo.rules = Map.of("broken-link", "warning");

        mojo.execute();

        assertThat(results().get(0).path("level").asText()).isEqualTo("warning");
    }

    @Test
    @InjectMojo(goal = "check")
    void failOnWarningTurnsWarningsIntoFailure(CheckMojo mojo) throws Exception {
        configure(mojo, content(BAD));
        mojo.rules = Map.of("broken-link", "warning");
        mojo.failOnWarning = true;

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("qadocs: 0 errors, 1 warning in 1 page");
    }

    @Test
    @InjectMojo(goal = "check")
    void onTheMintlifyCorpusFailsWithCompilerStyleLinesTheSummaryAndThePipelineTime(CheckMojo mojo) throws Exception {
        configure(mojo, Corpus.mintlify());
        mojo.siteRoot = "/resources/interview-questions/";
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("qadocs: 10 errors, 2 warnings in 3 pages");

        assertThat(log.lines()).contains("error: frontend-engineering.mdx:1535:144: error: broken link "
                + "'/resources/interview-questions/think-like-an-engineer/graphql-at-scale': no page "
                + "think-like-an-engineer/graphql-at-scale(.md|.mdx) in the content folder [broken-link]");
        assertThat(log.lines()).filteredOn(line -> line.startsWith("error: ")).hasSize(10);
        assertThat(log.lines()).filteredOn(line -> line.startsWith("warn: ")).hasSize(2);
        assertThat(log.lines()).last().asString()
                .matches("info: qadocs: pipeline \\d+ ms \\(load \\d+ ms, parse \\d+ ms, validate \\d+ ms\\)");
    }

    @Test
    @InjectMojo(goal = "check")
    void saysPerPageHowItsQuestionsWereReadAlsoWhenTheCheckFails(CheckMojo mojo) throws Exception {
        configure(mojo, Corpus.mintlify());
        mojo.siteRoot = "/resources/interview-questions/";
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);

        assertThat(log.lines()).contains("info: qadocs: llm-ai.mdx: 50 questions from accordions");
        assertThat(log.lines()).filteredOn(line -> line.matches("info: qadocs: [\\w-]+\\.mdx: \\d+ questions from .*"))
                .hasSize(3);
    }

    @Test
    @InjectMojo(goal = "check")
    void theQuestionsParameterOverridesDetectionAndIsNamedInTheReport(CheckMojo mojo) throws Exception {
        configure(mojo, content("---\ntitle: Flat\n---\n\n## What does retrieval add?\n\nFresh facts.\n\n"
                + "## When is it not worth it?\n\nWhen the model knows enough.\n"));
        mojo.questions = "heading:2";
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        mojo.execute();

        assertThat(log.lines()).contains("info: qadocs: retrieval.md: 2 questions from ## headings (site setting)");
    }

    @Test
    @InjectMojo(goal = "check")
    void anUnknownQuestionsValueIsAConfigurationError(CheckMojo mojo) throws Exception {
        configure(mojo, content(GOOD));
        mojo.questions = "headings:3";

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("questions 'headings:3' is not a way to read questions")
                .hasMessageContaining("heading:N");
    }

    @Test
    @InjectMojo(goal = "check")
    void aMistypedRuleIdIsAConfigurationError(CheckMojo mojo) throws Exception {
        configure(mojo, content(GOOD));
        mojo.rules = Map.of("brokn-link", "off");

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("qadocs: unknown rule brokn-link in <rules>; known rules: ");
    }

    @Test
    @InjectMojo(goal = "check")
    void withoutAPomTheLinkCacheGoesToATemporaryFolderNotToAnUnresolvedOne(CheckMojo mojo) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/ok";
        try {
            configure(mojo, content(GOOD.replace("(#2-when-is-it-not-worth-it)", "(" + url + ")")));
            mojo.checkExternalLinks = true;
            mojo.checkPrivateLinks = true;
            mojo.externalLinkTimeout = 5;
            mojo.linkCacheMaxAge = 24;
            mojo.linkCache = new File("${project.basedir}/target/qadocs-link-cache.json");

            mojo.execute();
        } finally {
            server.stop(0);
        }

        assertThat(Path.of("${project.basedir}")).doesNotExist();
        assertThat(CheckMojo.resolvedOrTemporary(mojo.linkCache)).content().contains(url);
    }
}
