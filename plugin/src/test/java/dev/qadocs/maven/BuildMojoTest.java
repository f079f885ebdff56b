package dev.qadocs.maven;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The build goal as Maven configures it: parameters in, site out, failures mapped to Maven's exceptions. */
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

    private void point(BuildMojo mojo) {
        mojo.source = content.toFile();
        mojo.output = site.toFile();
    }
}
