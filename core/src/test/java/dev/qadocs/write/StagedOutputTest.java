package dev.qadocs.write;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StagedOutputTest {

    @TempDir
    Path temp;

    private Path build(String... pathsAndContents) throws IOException {
        Path site = temp.resolve("site");
        try (StagedOutput output = StagedOutput.open(site)) {
            for (int i = 0; i < pathsAndContents.length; i += 2) {
                output.write(pathsAndContents[i], pathsAndContents[i + 1]);
            }
            output.commit();
        }
        return site;
    }

    @Test
    void commitReplacesTheWholePreviousSite() throws IOException {
        build("index.html", "one", "old.html", "gone soon");
        Path site = build("index.html", "two");

        assertThat(site.resolve("index.html")).hasContent("two");
        assertThat(site.resolve("old.html")).doesNotExist();
        assertThat(site.resolve(StagedOutput.MARKER)).exists();
        assertThat(siblings()).containsExactly("site");
    }

    @Test
    void aBuildThatThrowsBeforeCommitLeavesThePreviousSiteAndNoLeftovers() throws IOException {
        Path site = build("index.html", "good");

        assertThatThrownBy(() -> {
            try (StagedOutput output = StagedOutput.open(site)) {
                output.write("index.html", "half");
                throw new IllegalStateException("a stage failed");
            }
        }).hasMessage("a stage failed");

        assertThat(site.resolve("index.html")).hasContent("good");
        assertThat(siblings()).containsExactly("site");
    }

    @Test
    void aBuildKilledHalfWayLeavesThePreviousSiteAndTheNextBuildSweepsItsStagingFolder() throws Exception {
        Path site = build("index.html", "good", "guide/page.html", "good page");

        Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                HalfWrittenBuild.class.getName(), site.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("half-way");
        }
        assertThat(child.isAlive()).isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(site.resolve("index.html")).hasContent("good");
        assertThat(site.resolve("guide/page.html")).hasContent("good page");
        assertThat(siblings()).hasSize(2).anyMatch(name -> name.startsWith(".site.staging-"));

        build("index.html", "next");
        assertThat(site.resolve("index.html")).hasContent("next");
        assertThat(siblings()).containsExactly("site");
    }

    @Test
    void leavesTheStagingFolderOfABuildStillRunning() throws IOException {
        Path site = temp.resolve("site");
        try (StagedOutput running = StagedOutput.open(site)) {
            running.write("index.html", "in progress");
            try (StagedOutput other = StagedOutput.open(site)) {
                other.write("index.html", "other");
            }
            assertThat(siblings()).anyMatch(name -> name.startsWith(".site.staging-"));
            running.commit();
        }
        assertThat(site.resolve("index.html")).hasContent("in progress");
    }

    @Test
    void neverReplacesAFolderItDidNotWrite() throws IOException {
        Path foreign = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> StagedOutput.open(foreign))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("was not written by qadocs");
        assertThat(foreign.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void refusesAFolderThatAppearedDuringTheBuild() throws IOException {
        Path site = temp.resolve("site");
        try (StagedOutput output = StagedOutput.open(site)) {
            output.write("index.html", "new");
            Files.createDirectories(site);
            Files.writeString(site.resolve("someone-elses.txt"), "theirs");

            assertThatThrownBy(output::commit).isInstanceOf(IOException.class);
        }
        assertThat(site.resolve("someone-elses.txt")).hasContent("theirs");
    }

    @Test
    void rejectsPathsThatLeaveTheSite() throws IOException {
        try (StagedOutput output = StagedOutput.open(temp.resolve("site"))) {
            assertThatThrownBy(() -> output.write("../outside.html", "x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> output.write("/etc/passwd", "x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> output.write(StagedOutput.MARKER, "x")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void twoOutputsWithOneNameAreAnErrorUnlessTheirBytesAgree() throws IOException {
        try (StagedOutput output = StagedOutput.open(temp.resolve("site"))) {
            output.write("a/page.html", "same");
            output.write("a/page.html", "same");

            assertThatThrownBy(() -> output.write("a/./page.html", "different"))
                    .isInstanceOf(OutputCollisionException.class)
                    .hasMessage("two outputs of the build are both named a/page.html");
        }
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> entries = Files.list(temp)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
