package dev.qadocs.pipeline;

import dev.qadocs.diagnostic.Severity;
import dev.qadocs.testing.Chromium;
import dev.qadocs.testing.HostileInput;
import dev.qadocs.validate.ValidationConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Script in links, written every way a browser still reads as {@code javascript:}, built into a site and clicked
 * in Chromium: nothing runs. A payload that ran would raise an alert or mark the page.
 */
@Tag("browser")
class XssBrowserTest {

    private static final String MARK = "document.documentElement.dataset.ran='yes'";

    /** Targets a browser follows as javascript: or data:, once it has dropped what its URL parser drops. */
    private static final List<String> TARGETS = List.of(
            "\u0001javascript:" + MARK, "\u001fjavascript:" + MARK, " \u0002 javascript:" + MARK,
            "java\tscript:" + MARK, "java\nscript:" + MARK, "JaVaScRiPt:" + MARK,
            "data:text/html,<script>parent." + MARK + "</script>", "vbscript:msgbox(1)");

    private static ChromeDriver browser;

    @TempDir
    static Path temp;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theFurtherReadingReproducerDoesNotRunWhenClicked() throws Exception {
        Path site = build(HostileInput.asContent(HostileInput.file("further-reading-ctrl.md"), temp.resolve("ctrl")),
                temp.resolve("ctrl-site"));

        assertNothingRunsOnAnyClick(site.resolve("further-reading-ctrl.html"));
    }

    @Test
    void scriptUrlsInEveryKindOfLinkDoNotRunWhenClicked() throws Exception {
        StringBuilder page = new StringBuilder("---\ntitle: Links\n---\n\n## Links\n\n### 1. Where do these go?\n\n"
                + "**Answer:** Nowhere that runs code.\n\n");
        for (String target : TARGETS) {
            String html = target.replace("\"", "&quot;").replace("\u0002", "&#2;").replace("\u0001", "&#1;")
                    .replace("\u001f", "&#31;").replace("\t", "&#9;").replace("\n", "&#10;");
            page.append("Inline <a href=\"").append(html).append("\">raw</a> and <a href=\"")
                    .append(html).append("\">again</a>.\n\n");
        }
        page.append("**Further reading:**\n");
        for (String target : TARGETS) {
            page.append("- [reading](").append(target.replace("\n", "")).append(")\n");
        }
        Path content = Files.createDirectories(temp.resolve("links"));
        Files.writeString(content.resolve("links.md"), page);

        // The link rules would stop these at validation; turned off, the output has to be safe on its own.
        Path site = temp.resolve("links-site");
        new SiteBuilder().build(PipelineOptions.of(content, site).withValidation(
                new ValidationConfig(Map.of("malformed-url", Severity.OFF, "broken-link", Severity.OFF,
                        "missing-asset", Severity.OFF), false)));

        assertNothingRunsOnAnyClick(site.resolve("links.html"));
    }

    private static Path build(Path content, Path site) throws PipelineFailedException {
        new SiteBuilder().build(PipelineOptions.of(content, site));
        return site;
    }

    private static void assertNothingRunsOnAnyClick(Path page) {
        open(page);
        int links = browser.findElements(By.cssSelector("main a")).size();
        assertThat(links).isPositive();
        for (int i = 0; i < links; i++) {
            open(page);
            List<WebElement> all = browser.findElements(By.cssSelector("main a"));
            WebElement link = all.get(i);
            browser.executeScript("arguments[0].closest('details') && (arguments[0].closest('details').open = true);"
                    + "arguments[0].click();", link);
            assertThatThrownBy(() -> browser.switchTo().alert()).as("alert after clicking link " + i)
                    .isInstanceOf(NoAlertPresentException.class);
            assertThat(browser.executeScript("return document.documentElement.dataset.ran || ''"))
                    .as("mark after clicking link " + i).isEqualTo("");
        }
    }

    private static void open(Path page) {
        Chromium.load(browser, page.toUri().toString());
    }
}
