package dev.qadocs.search;

import dev.qadocs.model.Site;
import dev.qadocs.render.SiteRenderer;
import dev.qadocs.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search box of the rendered corpus in a real Chromium, opened from {@code file://}: a query with a typo finds
 * the question, Enter opens it with the searched words marked.
 */
@Tag("browser")
class SearchBrowserTest {

    @TempDir
    static Path site;
    private static ChromeDriver browser;

    @BeforeAll
    static void build() throws IOException {
        Site corpus = ParsedSites.mintlify();
        FolderSink output = new FolderSink(site);
        new SiteRenderer(Optional.empty()).render(corpus, output);
        new SearchIndexer().write(corpus, output);
        browser = Chromium.start();
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aQueryWithATypoFindsTheQuestionAndEnterOpensIt() {
        open("llm-ai.html");
        WebElement input = browser.findElement(By.id("qd-search-input"));
        browser.findElement(By.tagName("body")).sendKeys("/");
        assertThat(browser.switchTo().activeElement()).isEqualTo(input);

        input.sendKeys("gradient checkpionting");
        WebElement hit = waitFor(By.xpath("//li[@role='option'][.//*[contains(., 'Gradient Checkpointing')]]"));
        assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(hit.findElements(By.cssSelector(".qd-search-title mark"))).isNotEmpty();

        List<WebElement> options = browser.findElements(By.cssSelector("#qd-search-results [role=option]"));
        int index = options.indexOf(hit);
        for (int i = 0; i <= index; i++) {
            input.sendKeys(Keys.ARROW_DOWN);
        }
        assertThat(hit.getAttribute("aria-selected")).isEqualTo("true");
        assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(hit.getAttribute("id"));
        input.sendKeys(Keys.ENTER);

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("#25-gradient-checkpointing"));
        assertThat(browser.getCurrentUrl()).contains("/llm-ai.html?h=");
        WebElement question = waitFor(By.id("25-gradient-checkpointing"));
        assertThat(question.getAttribute("open")).isNotNull();
        assertThat(question.findElements(By.tagName("mark"))).isNotEmpty();
    }

    @Test
    void theQueryStaysInTheAddressAndAFilterNarrowsTheHits() {
        open("react.html");
        WebElement input = browser.findElement(By.id("qd-search-input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "k"));
        assertThat(browser.switchTo().activeElement()).isEqualTo(input);
        input.sendKeys("hooks");
        waitFor(By.cssSelector("#qd-search-results [role=option]"));
        assertThat(browser.getCurrentUrl()).contains("?q=hooks");

        // The categories load when the reader turns to the filter.
        WebElement filter = browser.findElement(By.cssSelector(".qd-search-filter"));
        filter.click();
        List<WebElement> categories = new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            List<WebElement> found = filter.findElements(By.cssSelector("optgroup[label='LLM & AI Systems'] option"));
            return found.isEmpty() ? null : found;
        });
        assertThat(categories).isNotEmpty();
        categories.get(0).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(
                By.cssSelector("#qd-search-results .qd-search-category")).stream()
                .allMatch(c -> c.getText().startsWith("LLM & AI Systems")));

        browser.navigate().refresh();
        WebElement shared = waitFor(By.cssSelector("#qd-search-results [role=option]"));
        assertThat(browser.findElement(By.id("qd-search-input")).getAttribute("value")).isEqualTo("hooks");
        assertThat(shared.isDisplayed()).isTrue();
    }

    private static void open(String page) {
        browser.get(site.resolve(page).toUri().toString());
    }

    private static WebElement waitFor(By what) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            List<WebElement> found = d.findElements(what);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }
}
