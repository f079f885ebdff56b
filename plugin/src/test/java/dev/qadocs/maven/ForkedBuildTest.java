package dev.qadocs.maven;

import dev.qadocs.testing.SiteFiles;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The batch goals fork a JVM by default; inside Maven's ({@code fork=false}) or not, the same folder gives the
 * same files, the same log lines and the same failure.
 */
@MojoTest
class ForkedBuildTest {

    private static final String POM = "src/test/resources/unit/build/pom.xml";

    @TempDir
    Path work;

    private Path content;
    private Path site;

    @BeforeEach
    void content() throws IOException {
        content = Files.createDirectories(work.resolve("my content"));
        site = work.resolve("my site");
        Files.writeString(content.resolve("basics.md"), """
                ---
                title: Basics – ünïcode
                ---

                ## Warm-up

                ### 1. What is a fork?

                **Answer:** A JVM of its own, tuned for a short job. See [the next one](#3-and-in-maven).

                ### 3. And in Maven?

                **Answer:** `fork=false` keeps the build in Maven's JVM. Read [more](more.md).
                """);
    }

    /** What one run of the goal logged, times masked, debug lines (the forked JVM's own) left out. */
    private record Run(List<String> lines, Throwable failure) {
    }

    private Run run(AbstractBatchMojo mojo, boolean fork) {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.source = content.toFile();
        mojo.output = site.toFile();
        mojo.fork = fork;
        Throwable failure = catchThrowable(mojo::execute);
        return new Run(log.lines().stream().filter(line -> !line.startsWith("debug: "))
                .map(line -> line.replaceAll("\\d+ ms", "N ms")).toList(), failure);
    }

    @Test
    @InjectMojo(goal = "build", pom = POM)
    void aBuildWritesTheSameFilesAndLinesInProcessAndForked(BuildMojo mojo) throws IOException {
        mojo.ruleOverrides = "broken-link=warning";
        Run inProcess = run(mojo, false);
        Map<String, String> inProcessFiles = SiteFiles.digests(site);

        Run forked = run(mojo, true);

        assertThat(forked.failure()).isNull();
        assertThat(inProcess.failure()).isNull();
        assertThat(SiteFiles.digests(site)).isEqualTo(inProcessFiles);
        assertThat(forked.lines()).isEqualTo(inProcess.lines()).contains("warn: basics.md:13:63: warning: broken link "
                + "'more.md': no page more.md in the content folder [broken-link]");
        assertThat(site.resolve("basics.html")).content().contains("Basics – ünïcode");
    }

    @Test
    @InjectMojo(goal = "build", pom = POM)
    void aFailingBuildFailsTheGoalWithTheSameMessageAndLinesAndKeepsThePreviousSite(BuildMojo mojo) throws IOException {
        mojo.ruleOverrides = "broken-link=warning";
        run(mojo, true);
        Map<String, String> before = SiteFiles.digests(site);
        mojo.ruleOverrides = "numbering=error";

        Run inProcess = run(mojo, false);
        Run forked = run(mojo, true);

        assertThat(forked.failure()).isInstanceOf(MojoFailureException.class)
                .hasMessage("qadocs: 2 errors, 0 warnings in 1 page")
                .hasMessage(inProcess.failure().getMessage());
        assertThat(forked.lines()).isEqualTo(inProcess.lines()).containsExactly(
                "error: basics.md:11:1: error: question 3 follows question 1: 2 is missing [numbering]",
                "error: basics.md:13:63: error: broken link 'more.md': no page more.md in the content folder "
                        + "[broken-link]");
        assertThat(SiteFiles.digests(site)).isEqualTo(before);
    }

    @Test
    @InjectMojo(goal = "check")
    void aCheckReportsTheSameInProcessAndForked(CheckMojo mojo) throws IOException {
        Path report = work.resolve("target/qadocs-report.sarif");
        mojo.report = report.toFile();
        mojo.linkCache = work.resolve("target/links.json").toFile();

        Run inProcess = run(mojo, false);
        String inProcessReport = Files.readString(report);
        Run forked = run(mojo, true);

        assertThat(forked.failure()).isInstanceOf(MojoFailureException.class)
                .hasMessage(inProcess.failure().getMessage());
        assertThat(forked.lines()).isEqualTo(inProcess.lines())
                .contains("info: qadocs: basics.md: 2 questions from ### headings", "info: qadocs: pipeline N ms "
                        + "(load N ms, parse N ms, validate N ms)");
        assertThat(report).content().isEqualTo(inProcessReport);
    }

    @Test
    @InjectMojo(goal = "build", pom = POM)
    void aBadSettingIsTheSameClearErrorInProcessAndForked(BuildMojo mojo) {
        mojo.rules = Map.of("brokn-link", "off");

        Run inProcess = run(mojo, false);
        Run forked = run(mojo, true);

        assertThat(forked.failure()).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("qadocs: unknown rule brokn-link in <rules>; known rules: ")
                .hasMessage(inProcess.failure().getMessage());
        assertThat(forked.lines()).isEmpty();
        assertThat(site).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "build", pom = POM)
    void theForkedJvmHasMavensHeapAndTheBatchFlags(BuildMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.source = content.toFile();
        mojo.output = site.toFile();
        mojo.ruleOverrides = "broken-link=warning";

        mojo.execute();

        assertThat(log.lines()).filteredOn(line -> line.startsWith("debug: qadocs: build JVM ")).singleElement()
                .asString().contains("-Xmx" + Runtime.getRuntime().maxMemory() + ", ")
                .contains("-XX:TieredStopAtLevel=1, -XX:+UseSerialGC]");
    }

    @Test
    @InjectMojo(goal = "build", pom = POM)
    void jvmArgsReplaceTheBatchFlags(BuildMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.source = content.toFile();
        mojo.output = site.toFile();
        mojo.ruleOverrides = "broken-link=warning";
        mojo.jvmArgs = List.of("-Xss4m", "-Dqadocs.test=a value, with a comma");

        mojo.execute();

        assertThat(log.lines()).filteredOn(line -> line.startsWith("debug: qadocs: build JVM ")).singleElement()
                .asString().contains("-Xss4m, -Dqadocs.test=a value, with a comma]")
                .doesNotContain("TieredStopAtLevel");
    }

    @Test
    @InjectMojo(goal = "build", pom = POM)
    void aJvmThatCannotStartIsAnErrorWithItsOwnWordsAsWarnings(BuildMojo mojo) throws IOException {
        mojo.jvmArgs = List.of("-XX:+NoSuchQadocsOption");

        Run run = run(mojo, true);

        assertThat(run.failure()).isInstanceOf(MojoExecutionException.class)
                .hasMessage("qadocs: the forked build JVM stopped with exit status 1 (its output is above); "
                        + "-Dqadocs.fork=false runs the build inside Maven's JVM");
        assertThat(run.lines()).anyMatch(line -> line.startsWith("warn: ") && line.contains("NoSuchQadocsOption"));
        assertThat(site).doesNotExist();
    }
}
