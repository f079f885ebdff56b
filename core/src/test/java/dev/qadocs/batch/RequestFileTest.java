package dev.qadocs.batch;

import dev.qadocs.validate.external.ExternalLinkOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A request reaches the forked JVM exactly as the goal made it, whatever its paths and values hold. */
class RequestFileTest {

    @TempDir
    Path dir;

    @Test
    void everyValueRoundTripsAlsoSpacesCommasSeparatorsLineBreaksAndNonAscii() throws Exception {
        BatchRequest request = new BatchRequest(BatchRequest.Goal.CHECK, dir.resolve("my content/fragen ä"),
                dir.resolve("out put#1"), Optional.of(dir.resolve("theme = mine")),
                Optional.of("Q&A: \"interviews\", all of them\nsecond line \\ backslash"),
                Optional.of("https://example.org/a b?x=1&y=2#top"), Optional.of("https://github.com/me/guide/edit/main/"),
                Optional.of("heading:2"), "/resources/interview questions/",
                Map.of("broken-link", "warning", "numbering", "off", "odd=rule:id!", "error"),
                Optional.of("broken-anchor=warning, heading-level=off"), true,
                ExternalLinkOptions.on().withOffline(true).withTimeout(Duration.ofMillis(1500)).withPrivateHosts(true)
                        .withCache(dir.resolve("cache dir/links.json"), Duration.ofHours(3)),
                Optional.of(dir.resolve("report, sarif/r.sarif")));
        Path file = dir.resolve("request.properties");

        RequestFile.write(request, file);

        assertThat(RequestFile.read(file)).isEqualTo(request);
    }

    @Test
    void unsetParametersStayUnset() throws Exception {
        BatchRequest request = BatchRequest.of(BatchRequest.Goal.BUILD, dir.resolve("content"), dir.resolve("site"));
        Path file = dir.resolve("request.properties");

        RequestFile.write(request, file);

        assertThat(RequestFile.read(file)).isEqualTo(request);
        assertThat(Files.readString(file)).doesNotContain("siteName", "report", "links.cacheFile");
    }

    @Test
    void aFileThatIsNotARequestNamesTheKeyAndTheFile() throws Exception {
        Path file = dir.resolve("request.properties");
        RequestFile.write(BatchRequest.of(BatchRequest.Goal.BUILD, dir, dir.resolve("site")), file);
        Files.writeString(file, Files.readString(file).replaceAll("(?m)^links.timeout=.*$", "links.timeout=soon"));

        assertThatThrownBy(() -> RequestFile.read(file)).isInstanceOf(BatchRequest.InvalidException.class)
                .hasMessage("qadocs: request file " + file + ": links.timeout is 'soon', which is not one");

        Files.writeString(file, "goal=BUILD\n");
        assertThatThrownBy(() -> RequestFile.read(file)).isInstanceOf(BatchRequest.InvalidException.class)
                .hasMessage("qadocs: request file " + file + ": source is missing");
    }
}
