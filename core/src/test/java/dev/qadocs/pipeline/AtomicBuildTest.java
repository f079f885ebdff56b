package dev.qadocs.pipeline;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.diagnostic.Severity;
import dev.qadocs.testing.SiteFiles;
import dev.qadocs.testing.SyntheticCorpus;
import dev.qadocs.validate.ValidationConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A build that fails or dies half-way leaves the previous site complete, and nothing else behind. */
class AtomicBuildTest {

    @TempDir
    Path temp;

    @Test
    void aStageThatFailsLeavesThePreviousSiteAndSaysWhichFileToRename() throws Exception {
        Path content = SyntheticCorpus.write(temp.resolve("content"), 3, 5);
        Path site = temp.resolve("site");
        new SiteBuilder().build(PipelineOptions.of(content, site));
        Map<String, String> before = SiteFiles.digests(site);
        // An asset named like a generated file: the write stage fails after render, index and llms are done.
        Files.writeString(content.resolve("llms.txt"), "my own notes");

        assertThatThrownBy(() -> new SiteBuilder().build(PipelineOptions.of(content, site)))
                .isInstanceOf(PipelineFailedException.class)
                .satisfies(e -> assertThat(((PipelineFailedException) e).diagnostics()).extracting(Diagnostic::toString)
                        .contains("llms.txt:1:1: error: the site would have two files named llms.txt; rename this file"
                                + " [output-collision]"));

        assertThat(SiteFiles.digests(site)).isEqualTo(before);
        assertThat(siblings()).containsExactlyInAnyOrder("content", "site");
    }

    @Test
    void aContentFileNamedLikeAGeneratedOneIsLeftOutWhenCollisionsAreOnlyWarnings() throws Exception {
        Path content = SyntheticCorpus.write(temp.resolve("content"), 3, 5);
        Files.writeString(content.resolve("llms.txt"), "my own notes");
        Path site = temp.resolve("site");
        PipelineOptions options = PipelineOptions.of(content, site).withValidation(
                new ValidationConfig(Map.of("output-collision", Severity.WARNING), false));

        PipelineResult result = new SiteBuilder().build(options);

        assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "llms.txt:1:1: warning: the site would have two files named llms.txt; rename this file"
                        + " [output-collision]");
        assertThat(site.resolve("llms.txt")).content().startsWith("# ").doesNotContain("my own notes");
        assertThatThrownBy(() -> new SiteBuilder().build(options.withValidation(
                new ValidationConfig(Map.of("output-collision", Severity.WARNING), true))))
                .isInstanceOf(PipelineFailedException.class).hasMessage("0 errors, 1 warning in 3 pages");
    }

    @Test
    void aFailedBuildSaysHowLongTheStagesItRanTook() throws Exception {
        Path content = SyntheticCorpus.write(temp.resolve("content"), 2, 5);
        Files.writeString(content.resolve("404.html"), "<p>my own page</p>");

        assertThatThrownBy(() -> new SiteBuilder().build(PipelineOptions.of(content, temp.resolve("site"))))
                .isInstanceOf(PipelineFailedException.class)
                .satisfies(e -> assertThat(((PipelineFailedException) e).times().byStage())
                        .containsKeys(Stage.LOAD, Stage.PARSE, Stage.VALIDATE, Stage.RENDER, Stage.WRITE))
                .satisfies(e -> assertThat(((PipelineFailedException) e).times().toString()).matches(
                        "pipeline \\d+ ms \\(load \\d+ ms, parse \\d+ ms, validate \\d+ ms, .*write \\d+ ms\\)"));
    }

    @Test
    void aBuildKilledHalfWayLeavesThePreviousSite() throws Exception {
        Path small = SyntheticCorpus.write(temp.resolve("small"), 2, 5);
        Path large = SyntheticCorpus.write(temp.resolve("large"), 100, 100);
        Path site = temp.resolve("site");
        new SiteBuilder().build(PipelineOptions.of(small, site));
        Map<String, String> before = SiteFiles.digests(site);

        Process build = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), BuildOnce.class.getName(), large.toString(), site.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        awaitStagingWithFiles();
        assertThat(build.isAlive()).as("the build must still be running when it is killed").isTrue();
        build.destroyForcibly();
        assertThat(build.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(SiteFiles.digests(site)).isEqualTo(before);
    }

    /** Waits until the killed build has written part of its site, which is when a kill hurts most. */
    private void awaitStagingWithFiles() throws Exception {
        for (int i = 0; i < 6000; i++) {
            try (Stream<Path> entries = Files.list(temp)) {
                for (Path staging : entries.filter(p -> p.getFileName().toString().startsWith(".site.staging-")).toList()) {
                    try (Stream<Path> inside = Files.walk(staging)) {
                        if (inside.filter(Files::isRegularFile).count() > 3) {
                            return;
                        }
                    } catch (IOException | java.io.UncheckedIOException raceWithTheBuild) {
                        // the folder is being written to; look again
                    }
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the build never started writing");
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> entries = Files.list(temp)) {
            return entries.map(p -> p.getFileName().toString()).toList();
        }
    }

}
