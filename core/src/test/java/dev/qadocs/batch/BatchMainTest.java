package dev.qadocs.batch;

import dev.qadocs.validate.external.ExternalLinkOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The entry point as its own process, the way the goals fork it and anyone can run it, without Maven. */
class BatchMainTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path dir;

    private Path content;

    /** What a finished process printed on standard output, and its exit status. */
    private record Run(List<String> lines, int status) {
    }

    @BeforeEach
    void content() throws IOException {
        content = Files.createDirectories(dir.resolve("content with spaces"));
        Files.writeString(content.resolve("basics.md"), """
                ---
                title: Basics
                ---

                ### 1. What runs here?

                **Answer:** The build, in a JVM of its own. See [elsewhere](gone.md).
                """);
    }

    private static Run run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-cp", System.getProperty("java.class.path"),
                BatchMain.class.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(lines, process.exitValue());
    }

    private Path request(BatchRequest request) throws IOException {
        Path file = dir.resolve("request.properties");
        RequestFile.write(request, file);
        return file;
    }

    @Test
    void checksAndBuildsSayingSoInProtocolLinesAndExitStatuses() throws Exception {
        Path site = dir.resolve("site");
        Path file = request(BatchRequest.of(BatchRequest.Goal.BUILD, content, site).forCheck(
                ExternalLinkOptions.off(), dir.resolve("report.sarif")));

        Run failed = run(file.toString());

        assertThat(failed.status()).isEqualTo(Outcome.Kind.FAILED.exitStatus());
        assertThat(failed.lines()).contains("ERROR basics.md:7:49: error: broken link 'gone.md': no page gone.md in the "
                + "content folder [broken-link]", "FAILED qadocs: 1 error, 0 warnings in 1 page");
        assertThat(failed.lines().get(0)).startsWith("DEBUG qadocs: build JVM ");

        Files.writeString(content.resolve("gone.md"), "---\ntitle: Gone\n---\n\n### 1. Still here?\n\n**Answer:** Yes.\n");
        Run built = run(request(BatchRequest.of(BatchRequest.Goal.BUILD, content, site)).toString());

        assertThat(built.status()).isZero();
        assertThat(site.resolve("basics.html")).content().contains("What runs here?");
        assertThat(built.lines()).last().asString().startsWith("INFO qadocs: site written to " + site);
    }

    @Test
    void withoutARequestItSaysHowToCallIt() throws Exception {
        assertThat(run().status()).isEqualTo(Outcome.Kind.INVALID.exitStatus());
    }

    @Test
    void anUnreadableRequestIsInvalid() throws Exception {
        Run run = run(dir.resolve("missing.properties").toString());

        assertThat(run.status()).isEqualTo(Outcome.Kind.INVALID.exitStatus());
        assertThat(run.lines()).last().asString()
                .startsWith("INVALID qadocs: cannot read the request file " + dir.resolve("missing.properties"));
    }

    @Test
    void stopsAtOnceWhenItsParentIsGone() throws Exception {
        Process parent = new ProcessBuilder(JAVA, "-version").redirectErrorStream(true).start();
        parent.getInputStream().readAllBytes();
        parent.waitFor();
        Path file = request(BatchRequest.of(BatchRequest.Goal.BUILD, content, dir.resolve("site")));

        Run run = run("--parent", Long.toString(parent.pid()), file.toString());

        assertThat(run.status()).isEqualTo(BatchMain.ORPHANED);
        assertThat(dir.resolve("site")).doesNotExist();
    }
}
