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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The build goal as Maven configures it: parameters in, site out, failures mapped to Maven's exceptions. It forks
 * a JVM by default; inside Maven's ({@code fork=false}) or not, the same folder gives the same files, lines and
 * failure.
 */
@MojoTest
class BuildMojoTest {

    private static final String POM = "src/test/resources/unit/build/pom.xml";

    @TempDir
    Path work;

    private Path content;
    private Path site;

    @BeforeEach
    void content() throws IOException {
        content = Files.createDirectories(work.resolve("content"));
        site = work.resolve("site");
        Files.writeString(content.resolve("basics.md"), """
                ---
                title: Basics
                ---

                ## Warm-up

                ### 1. What is a Mojo?

                **Answer:** A goal of a Maven plugin, written as a Java class.
                """);
    }

    @Test
    @InjectMojo(goal = "build", pom = POM)
    void writesTheSiteWithTheConfiguredName(BuildMojo mojo) throws Exception {
        point(mojo);
        mojo.execute();

        assertThat(site.resolve("basics.html")).content().contains("What is a Mojo?");
        assertThat(site.resolve("index.html")).content().contains("Mojo test site");
        assertThat(site.resolve("llms.txt")).exists();
    }

    @Test
    @InjectMojo(goal = "build", pom = POM)
    void skipWritesNothing(BuildMojo mojo) throws Exception {
        point(mojo);
        mojo.skip = true;
        mojo.execute();

        assertThat(site).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "build", pom = POM)
    void missingContentFolderIsAConfigurationError(BuildMojo mojo) {
        point(mojo);
        mojo.source = work.resolve("nowhere").toFile();

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("nowhere")
                .hasMessageContaining("qadocs.source");
    }

    @Test
    @InjectMojo(goal = "build", pom = POM)
    void brokenContentFailsTheBuildAndKeepsThePreviousSite(BuildMojo mojo) throws Exception {
        point(mojo);
        mojo.execute();
        String before = Files.readString(site.resolve("basics.html"));

        Files.writeString(content.resolve("broken.mdx"), """
                ---
                title: Broken
                ---
                <AccordionGroup>
                <Accordion title="1. Never closed">
                Some text.
                """);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageMatching("qadocs: [1-9]\\d* errors?, 0 warnings in 2 pages");
        assertThat(site.resolve("basics.html")).content().isEqualTo(before);
        assertThat(site.resolve("broken.html")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "build", pom = POM)
    void rulesCanBeRelaxedFromTheCommandLine(BuildMojo mojo) throws Exception {
        point(mojo);
        Files.writeString(content.resolve("links.md"), """
                ---
                title: Links
                ---

                ### 1. Where next?

                **Answer:** See [the old chapter](/chapters/gone).
                """);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);

        mojo.ruleOverrides = "broken-link=warning, numbering=off";
        mojo.execute();

        assertThat(site.resolve("links.html")).exists();
    }

    @Test
    @InjectMojo(goal = "build", pom = POM)
    void everyRuleIsConfigurableTheWriteStagesToo(BuildMojo mojo) throws Exception {
        point(mojo);
        Files.writeString(content.resolve("404.html"), "<p>my own page</p>");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);

        mojo.ruleOverrides = "output-collision=warning";
        mojo.execute();

        assertThat(site.resolve("basics.html")).exists();
        assertThat(site.resolve("404.html")).content().doesNotContain("my own page");
    }

    @Test
    @InjectMojo(goal = "build", pom = POM)
    void aMalformedRuleSettingIsAConfigurationError(BuildMojo mojo) {
        point(mojo);
        mojo.ruleOverrides = "broken-link";

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("rule=severity");
    }

    /** A second page, which the default rules fault twice: a skipped question number and a link to no page. */
    private void addPageWithTwoFindings() throws IOException {
        Files.writeString(content.resolve("fork.md"), """
                ---
                title: Fork – ünïcode
                ---

                ### 1. What is a fork?

                **Answer:** A JVM of its own, tuned for a short job.

                ### 3. And in Maven?

                **Answer:** `fork=false` keeps the build in Maven's JVM. Read [more](more.md).
                """);
    }

    @Test
    @InjectMojo(goal = "build", pom = POM)
    void aBuildWritesTheSameFilesAndLinesInProcessAndForked(BuildMojo mojo) throws IOException {
        point(mojo);
        addPageWithTwoFindings();
        mojo.ruleOverrides = "broken-link=warning";
        GoalRun inProcess = GoalRun.of(mojo, false);
        Map<String, String> inProcessFiles = SiteFiles.digests(site);

        GoalRun forked = GoalRun.of(mojo, true);

        assertThat(inProcess.failure()).isNull();
        assertThat(forked.failure()).isNull();
        assertThat(SiteFiles.digests(site)).isEqualTo(inProcessFiles);
        assertThat(forked.lines()).isEqualTo(inProcess.lines()).contains("warn: fork.md:11:63: warning: broken link "
                + "'more.md': no page more.md in the content folder [broken-link]");
        assertThat(site.resolve("fork.html")).content().contains("Fork – ünïcode");
    }

    @Test
    @InjectMojo(goal = "build", pom = POM)
    void aForkedBuildFailsWithTheSameMessageAndLinesAndKeepsThePreviousSite(BuildMojo mojo) throws Exception {
        point(mojo);
        mojo.execute();
        Map<String, String> before = SiteFiles.digests(site);
        addPageWithTwoFindings();
        mojo.ruleOverrides = "numbering=error";

        GoalRun inProcess = GoalRun.of(mojo, false);
        GoalRun forked = GoalRun.of(mojo, true);

        assertThat(forked.failure()).isInstanceOf(MojoFailureException.class)
                .hasMessage("qadocs: 2 errors, 0 warnings in 2 pages")
                .hasMessage(inProcess.failure().getMessage());
        assertThat(forked.lines()).isEqualTo(inProcess.lines()).containsExactly(
                "error: fork.md:9:1: error: question 3 follows question 1: 2 is missing [numbering]",
                "error: fork.md:11:63: error: broken link 'more.md': no page more.md in the content folder "
                        + "[broken-link]");
        assertThat(SiteFiles.digests(site)).isEqualTo(before);
    }

    @Test
    @InjectMojo(goal = "build", pom = POM)
    void aBadSettingIsTheSameErrorInProcessAndForked(BuildMojo mojo) {
        point(mojo);
        mojo.rules = Map.of("brokn-link", "off");

        GoalRun inProcess = GoalRun.of(mojo, false);
        GoalRun forked = GoalRun.of(mojo, true);

        assertThat(forked.failure()).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("qadocs: unknown rule brokn-link in <rules>; known rules: ")
                .hasMessage(inProcess.failure().getMessage());
        assertThat(forked.lines()).isEmpty();
        assertThat(site).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "build", pom = POM)
    void theForkedJvmHasMavensHeapAndTheBatchFlags(BuildMojo mojo) throws Exception {
        point(mojo);

        long heap = Runtime.getRuntime().maxMemory();
        assertThat(GoalRun.forkedJvmLine(mojo)).contains("-Xmx" + heap + ", ")
                .contains(String.join(", ", ForkedJvm.defaultJvmArgs(heap)) + "]");
    }

    @Test
    @InjectMojo(goal = "build", pom = POM)
    void jvmArgsReplaceTheBatchFlags(BuildMojo mojo) throws Exception {
        point(mojo);
        mojo.jvmArgs = List.of("-Xss4m", "-Dqadocs.test=a value, with a comma");

        assertThat(GoalRun.forkedJvmLine(mojo)).contains("-Xss4m, -Dqadocs.test=a value, with a comma]")
                .doesNotContain("TieredStopAtLevel");
    }

    @Test
    @InjectMojo(goal = "build", pom = POM)
    void aJvmThatCannotStartIsAnErrorWithItsOwnWordsAsWarnings(BuildMojo mojo) {
        point(mojo);
        mojo.jvmArgs = List.of("-XX:+NoSuchQadocsOption");

        GoalRun run = GoalRun.of(mojo, true);

        assertThat(run.failure()).isInstanceOf(MojoExecutionException.class)
                .hasMessage("qadocs: the forked build JVM stopped with exit status 1 (its output is above); "
                        + "-Dqadocs.fork=false runs the build inside Maven's JVM");
        assertThat(run.lines()).anyMatch(line -> line.startsWith("warn: ") && line.contains("NoSuchQadocsOption"));
        assertThat(site).doesNotExist();
    }

    private void point(BuildMojo mojo) {
        mojo.source = content.toFile();
        mojo.output = site.toFile();
    }
}
