package dev.qadocs.quality;

import dev.qadocs.pipeline.PipelineOptions;
import dev.qadocs.pipeline.SiteBuilder;
import dev.qadocs.testing.AxeCore;
import dev.qadocs.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Diagrams and formulas drawn from the theme's own files on file://, and only on the pages that have them. */
@Tag("browser")
class DiagramsAndMathsBrowserTest {

    @TempDir
    static Path work;
    private static Path site;
    private static ChromeDriver browser;

    @BeforeAll
    static void buildAndStart() throws Exception {
        Path content = Files.createDirectories(work.resolve("content"));
        Files.writeString(content.resolve("drawn.md"), """
                ---
                title: Drawn
                ---

                ## Pictures

                ### 1. How does a request flow?

                **Answer:** Like this:

                ```mermaid
                graph LR
                  Client -->|request| Server
                ```

                The cost is $O(n \\log n)$ and the mean is

                $$
                \\bar{x} = \\frac{1}{n}\\sum_i x_i
                $$
                """);
        Files.writeString(content.resolve("plain.md"), """
                ---
                title: Plain
                ---

                ### 1. Is this plain?

                **Answer:** Yes, no pictures and no formulas here.
                """);
        site = work.resolve("site");
        new SiteBuilder().build(PipelineOptions.of(content, site));
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void open(String page) {
        Chromium.load(browser, site.resolve(page).toUri() + "#1-how-does-a-request-flow");
    }

    @Test
    void aDiagramBecomesAnSvgAndTheFormulasAreTypeset() {
        open("drawn.html");

        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                !d.findElements(By.cssSelector(".qd-diagram svg")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".qd-diagram")).getText()).contains("Client", "Server");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                d.findElements(By.cssSelector(".qd-math .katex")).size() == 2);
        assertThat(browser.findElements(By.cssSelector(".qd-math-display .katex-display"))).hasSize(1);
        assertThat(scripts()).anyMatch(s -> s.contains("mermaid")).anyMatch(s -> s.contains("katex"));
    }

    @Test
    void aDiagramIsDrawnAgainInTheChosenThemeAndItsLabelsStayReadable() throws Exception {
        open("drawn.html");
        for (String theme : List.of("dark", "light")) {
            browser.executeScript("document.documentElement.setAttribute('data-theme', arguments[0])", theme);
            String drawn = theme.equals("dark") ? "dark" : "default";
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> drawn.equals(((ChromeDriver) d)
                    .executeScript("var f = document.querySelector('.qd-diagram'); return f && f.getAttribute('data-drawn')")));
            assertThat(browser.findElement(By.cssSelector(".qd-diagram")).getText()).contains("request");
            assertThat(AxeCore.seriousViolations(browser, ".qd-diagram")).as(theme).isEmpty();
        }
    }

    @Test
    void withoutScriptTheSourceIsShownAsText() {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            open("drawn.html");
            browser.findElement(By.cssSelector("details.qd-question > summary")).click();
            assertThat(browser.findElement(By.cssSelector("pre.mermaid")).getText()).contains("Client -->|request| Server");
            assertThat(browser.findElements(By.cssSelector(".qd-math")).get(0).getText()).isEqualTo("O(n \\log n)");
        } finally {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void aPageWithoutDiagramsOrFormulasLoadsNeither() throws Exception {
        open("plain.html");
        Thread.sleep(300);

        assertThat(scripts()).noneMatch(s -> s.contains("mermaid") || s.contains("katex"));
    }

    /** Every script and stylesheet the page has asked for (file:// loads leave no resource timing entries). */
    @SuppressWarnings("unchecked")
    private static List<String> scripts() {
        return (List<String>) browser.executeScript("return Array.from(document.querySelectorAll("
                + "'script[src], link[rel=stylesheet]'), function (e) { return e.src || e.href; })");
    }
}
