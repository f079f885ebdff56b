package dev.qadocs.serve;

import dev.qadocs.pipeline.PipelineOptions;
import dev.qadocs.testing.Chromium;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser on the real theme: the page reloads by itself after an edit, and a broken edit's diagnostics
 * appear over the last good page.
 */
@Tag("browser")
class ChromiumReloadTest {

    @TempDir
    Path temp;

    @Test
    void thePageReloadsItselfAfterAnEditAndShowsProblemsOfABrokenOne() throws Exception {
        Path source = Files.createDirectories(temp.resolve("content"));
        Path page = source.resolve("basics.md");
        Files.writeString(page, PreviewEndToEndTest.page("A bounded queue sheds load."));
        ServeOptions options = ServeOptions.of(PipelineOptions.of(source, temp.resolve("site"))).on("127.0.0.1", 0);
        ChromeDriver browser = Chromium.start();
        try (PreviewServer server = PreviewServer.start(options, new RecordingConsole())) {
            browser.get(server.url().resolve("basics.html").toString());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            assertThat(browser.getPageSource()).contains("A bounded queue sheds load.");
            // A mark that only survives if the page is never reloaded.
            browser.executeScript("window.qadocsTestMark = 'old page'");

            // No waiting for the script to connect: a page that connects late still learns it is stale.
            Files.writeString(page, PreviewEndToEndTest.page("It rejects new work early."));

            wait.until(d -> d.getPageSource().contains("It rejects new work early."));
            assertThat(browser.executeScript("return window.qadocsTestMark")).isNull();

            Files.writeString(page, "---\ntitle: [unclosed\n---\n");

            wait.until(d -> !d.findElements(By.id("qadocs-problems")).isEmpty());
            assertThat(browser.findElement(By.id("qadocs-problems")).getText()).contains("basics.md:");
            assertThat(browser.getPageSource()).contains("It rejects new work early.");
        } finally {
            browser.quit();
        }
    }
}
