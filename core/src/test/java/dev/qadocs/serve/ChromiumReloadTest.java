package dev.qadocs.serve;

import dev.qadocs.build.BuildOptions;
import dev.qadocs.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A real browser: the page reloads by itself after an edit, and shows a broken edit's diagnostics over it. */
class ChromiumReloadTest {

    @TempDir
    Path temp;

    @Test
    void thePageReloadsItselfAfterAnEditAndShowsProblemsOfABrokenOne() throws Exception {
        Path source = Files.createDirectories(temp.resolve("content"));
        Path output = temp.resolve("site");
        Path page = source.resolve("index.html");
        Files.writeString(page, "<!doctype html><html><body><h1 id=t>Before</h1></body></html>");
        ServeOptions options = ServeOptions.of(BuildOptions.of(source, output)).on("127.0.0.1", 0);
        ChromeDriver browser = Chromium.start();
        try (PreviewServer server = PreviewServer.start(options, new CopyingRebuilder(source, output), List.of(source),
                new RecordingConsole())) {
            browser.get(server.url().toString());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            // A mark that only survives if the page is never reloaded.
            browser.executeScript("window.qadocsTestMark = 'old page'");
            // No waiting for the script to connect: a page that connects late still learns it is stale.
            Files.writeString(page, "<!doctype html><html><body><h1 id=t>After</h1></body></html>");

            wait.until(d -> d.findElement(By.id("t")).getText().equals("After"));
            assertThat(browser.executeScript("return window.qadocsTestMark")).isNull();

            Files.writeString(page, "<!doctype html><html><body><h1 id=t>BROKEN</h1></body></html>");

            wait.until(d -> !d.findElements(By.id("qadocs-problems")).isEmpty());
            assertThat(browser.findElement(By.id("qadocs-problems")).getText())
                    .contains("index.html:1:1: error: this page is <b>broken</b> [broken]");
            assertThat(browser.findElement(By.id("t")).getText()).isEqualTo("After");
        } finally {
            browser.quit();
        }
    }

}
