package dev.qadocs.batch;

import dev.qadocs.testing.SiteFiles;
import dev.qadocs.validate.external.ExternalLinkOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A one-shot run, as either JVM makes it: its lines on the console, its end as an outcome, never an exception. */
class BatchJobTest {

    private static final String PAGE = """
            ---
            title: Basics
            ---

            ### 1. What is a build?

            **Answer:** Sources in, site out.

            ### 3. And a check?

            **Answer:** The same without the site.
            """;

    @TempDir
    Path dir;

    private Path content;
    private Path site;
    private final List<String> lines = new ArrayList<>();
    private final Console console = (level, line) -> lines.add(level + " " + line);

    @BeforeEach
    void content() throws IOException {
        content = Files.writeString(Files.createDirectories(dir.resolve("content")).resolve("basics.md"), PAGE)
                .getParent();
        site = dir.resolve("site");
    }

    private BatchRequest build() {
        return BatchRequest.of(BatchRequest.Goal.BUILD, content, site);
    }

    @Test
    void aBuildWritesTheSiteAndLogsItsWarningsTallyAndWhereItIs() {
        assertThat(BatchJob.run(build(), console)).isEqualTo(Outcome.done());

        assertThat(site.resolve("basics.html")).content().contains("What is a build?");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("WARN basics.md:9:1: warning: question 3 follows question 1: 2 is missing "
                + "[numbering]");
        assertThat(lines.get(1)).startsWith("INFO qadocs: 0 errors, 1 warning in 1 page; 1 pages, 2 questions; pipeline ");
        assertThat(lines.get(2)).isEqualTo("INFO qadocs: site written to " + site.toAbsolutePath() + "; open "
                + site.toAbsolutePath().resolve("index.html").toUri());
    }

    @Test
    void contentThatFailsIsAFailureWithTheSummaryAndLeavesThePreviousSite() throws IOException {
        BatchJob.run(build(), console);
        Map<String, String> before = SiteFiles.digests(site);
        lines.clear();
        BatchRequest strict = new BatchRequest(BatchRequest.Goal.BUILD, content, site, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "/", Map.of("numbering", "error"),
                Optional.empty(), false, ExternalLinkOptions.off(), Optional.empty());

        assertThat(BatchJob.run(strict, console)).isEqualTo(Outcome.failed("qadocs: 1 error, 0 warnings in 1 page"));

        assertThat(lines).containsExactly("ERROR basics.md:9:1: error: question 3 follows question 1: 2 is missing "
                + "[numbering]");
        assertThat(SiteFiles.digests(site)).isEqualTo(before);
    }

    @Test
    void settingsThatCannotBeUsedAreInvalidAndNameTheFix() {
        BatchRequest noFolder = BatchRequest.of(BatchRequest.Goal.BUILD, dir.resolve("nowhere"), site);
        BatchRequest badRules = new BatchRequest(BatchRequest.Goal.BUILD, content, site, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("headings:3"), "/", Map.of(),
                Optional.empty(), false, ExternalLinkOptions.off(), Optional.empty());

        assertThat(BatchJob.run(noFolder, console)).isEqualTo(Outcome.invalid("qadocs: content folder "
                + dir.resolve("nowhere") + " does not exist; set <source> or -Dqadocs.source=DIR"));
        assertThat(BatchJob.run(badRules, console).message())
                .startsWith("qadocs: questions 'headings:3' is not a way to read questions; use one of auto, heading:N");
        assertThat(lines).isEmpty();
        assertThat(site).doesNotExist();
    }

    @Test
    void aCheckWritesItsReportAndSaysHowEachPageWasRead() throws IOException {
        Path report = dir.resolve("target/report.sarif");

        Outcome outcome = BatchJob.run(build().forCheck(ExternalLinkOptions.off(), report), console);

        assertThat(outcome).isEqualTo(Outcome.done());
        assertThat(report).content().contains("\"ruleId\" : \"numbering\"");
        assertThat(lines).contains("INFO qadocs: basics.md: 2 questions from ### headings",
                "INFO qadocs: 0 errors, 1 warning in 1 page");
        assertThat(lines.get(lines.size() - 1)).startsWith("INFO qadocs: pipeline ");
        assertThat(site).doesNotExist();
    }

    @Test
    void aReportThatCannotBeWrittenIsInvalid() throws IOException {
        Path blocked = Files.writeString(dir.resolve("a-file"), "not a folder").resolve("report.sarif");

        Outcome outcome = BatchJob.run(build().forCheck(ExternalLinkOptions.off(), blocked), console);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.INVALID);
        assertThat(outcome.message()).startsWith("qadocs: cannot write the report " + blocked + ": ");
    }
}
