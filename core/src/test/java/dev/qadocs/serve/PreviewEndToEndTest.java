package dev.qadocs.serve;

import dev.qadocs.pipeline.PipelineOptions;
import dev.qadocs.testing.HostileInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code qadocs:serve} through the real pipeline: Markdown in, reloaded HTML out. */
class PreviewEndToEndTest extends PreviewTestBase {

    @BeforeEach
    void start() throws IOException {
        source = Files.createDirectories(temp.resolve("content"));
        output = temp.resolve("site");
        Files.writeString(source.resolve("basics.md"), page("A bounded queue sheds load."));
        server = PreviewServer.start(ServeOptions.of(PipelineOptions.of(source, output)).on("127.0.0.1", 0), console);
    }

    static String page(String answer) {
        return "---\ntitle: Serving basics\n---\n\n## Load\n\n### 1. What happens under overload?\n\n**Answer:** "
                + answer + "\n";
    }

    @Test
    void anEditedAnswerIsServedAfterTheReloadEventAndOnlyItsPageIsRendered() throws Exception {
        assertThat(get("/basics.html").body()).contains("A bounded queue sheds load.");

        try (EventStream events = events()) {
            PreviewState before = events.next();
            Files.writeString(source.resolve("basics.md"), page("It rejects new work early."));

            assertThat(events.next().generation()).isNotEqualTo(before.generation());
            HttpResponse<String> page = get("/basics.html");
            assertThat(page.body()).contains("It rejects new work early.").doesNotContain("sheds load");
            assertThat(console.lines).anyMatch(line -> line.matches("info: rebuilt basics\\.md in \\d+ ms"));
        }
    }

    @Test
    void aPageThatOverflowsTheParsersStackIsReportedOnItsFileAndTheWatcherLivesOn() throws Exception {
        try (EventStream events = events()) {
            PreviewState served = events.next();
            Files.copy(HostileInput.file("nested.mdx"), source.resolve("nested.mdx"));

            PreviewState broken = events.next();
            assertThat(broken.problems()).isNotEmpty().allMatch(line -> line.startsWith("nested.mdx:"));
            assertThat(console.lines).noneMatch(line -> line.contains("StackOverflowError"));

            Files.delete(source.resolve("nested.mdx"));
            Files.writeString(source.resolve("basics.md"), page("Still watching."));
            PreviewState fixed = events.next();
            assertThat(fixed.problems()).isEmpty();
            assertThat(fixed.generation()).isNotEqualTo(served.generation());
            assertThat(get("/basics.html").body()).contains("Still watching.");
        }
    }

    @Test
    void brokenContentShowsTheFileAndLineAndTheLastGoodPageStays() throws Exception {
        try (EventStream events = events()) {
            PreviewState served = events.next();
            Files.writeString(source.resolve("basics.md"), "---\ntitle: [unclosed\n---\n");

            PreviewState broken = events.next();
            assertThat(broken.problems()).isNotEmpty().allMatch(line -> line.startsWith("basics.md:"));
            assertThat(get("/basics.html").body()).contains("A bounded queue sheds load.");

            // Undoing the edit clears the problems without a reload: the served page is already right.
            Files.writeString(source.resolve("basics.md"), page("A bounded queue sheds load."));
            assertThat(events.next()).isEqualTo(served);
        }
    }


    @Test
    void aPreviewStartedOnBrokenContentShowsWhyAndServesTheSiteOnceItIsFixed() throws Exception {
        server.close();
        Path fresh = Files.createDirectories(temp.resolve("fresh"));
        Files.writeString(fresh.resolve("basics.md"), "---\ntitle: [unclosed\n---\n");
        server = PreviewServer.start(ServeOptions.of(PipelineOptions.of(fresh, temp.resolve("fresh-site")))
                .on("127.0.0.1", 0), console);

        HttpResponse<String> nothingYet = get("/");
        assertThat(nothingYet.statusCode()).isEqualTo(404);
        assertThat(nothingYet.body()).contains(LiveReloadScript.PATH);
        try (EventStream events = events()) {
            PreviewState broken = events.next();
            assertThat(broken.problems()).isNotEmpty();

            Files.writeString(fresh.resolve("basics.md"), page("Fixed at last."));

            assertThat(events.next().generation()).isNotEqualTo(broken.generation());
            assertThat(get("/basics.html").body()).contains("Fixed at last.");
        }
    }
}
