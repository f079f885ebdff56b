package dev.qadocs.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qadocs.testing.SampleSiteBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every HTML file of the built sample site passes the W3C Nu HTML checker, run offline from Maven Central's jar. */
class NuCheckerTest {

    @TempDir
    static Path work;

    @Test
    void everyBuiltPageIsValidHtml() throws Exception {
        Path site = SampleSiteBuild.into(work);
        List<String> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).map(Path::toString).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(5);

        List<String> errors = check(pages);

        assertThat(errors).isEmpty();
    }

    /**
     * The checker's command line ends with System.exit, so it runs in a JVM of its own on the test classpath; one
     * run checks every file.
     */
    private static List<String> check(List<String> pages) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "nu.validator.client.SimpleCommandLineValidator", "--format", "json", "--errors-only"));
        command.addAll(pages);
        Path report = work.resolve("nu.json");
        Process nu = new ProcessBuilder(command).redirectError(report.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(nu.waitFor(5, TimeUnit.MINUTES)).as("the Nu checker finished").isTrue();
        JsonNode messages = new ObjectMapper().readTree(Files.readString(report, StandardCharsets.UTF_8))
                .path("messages");
        assertThat(messages.isArray()).as("the Nu checker wrote a JSON report").isTrue();
        List<String> errors = new ArrayList<>();
        for (JsonNode m : messages) {
            errors.add(m.path("url").asText().replaceAll(".*/site/", "") + ":" + m.path("lastLine").asText()
                    + ": " + m.path("type").asText() + ": " + m.path("message").asText());
        }
        return errors;
    }
}
