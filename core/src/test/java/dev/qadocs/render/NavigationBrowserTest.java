package dev.qadocs.render;

import dev.qadocs.model.Category;
import dev.qadocs.model.Question;
import dev.qadocs.model.Site;
import dev.qadocs.testing.Chromium;
import dev.qadocs.testing.LoopbackSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static dev.qadocs.testing.ModelFixtures.answer;
import static dev.qadocs.testing.ModelFixtures.category;
import static dev.qadocs.testing.ModelFixtures.config;
import static dev.qadocs.testing.ModelFixtures.page;
import static dev.qadocs.testing.ModelFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The on-this-page list, copy links and the theme switch in a real browser. The site is opened from file://, as
 * people open a built site from disk, except where the subject is kept in localStorage: see {@link LoopbackSite}.
 */
@Tag("browser")
class NavigationBrowserTest {

    @TempDir
    static Path site;
    private static ChromeDriver browser;
    private static LoopbackSite served;

    /** Two categories of twelve questions each, long enough answers to scroll through. */
    private static Site longPage() {
        String text = "A paragraph long enough to take some room on the screen when the question is open. ".repeat(12);
        Category[] categories = IntStream.range(0, 2).mapToObj(c -> category("Part " + (c + 1),
                IntStream.range(0, 12).mapToObj(q -> question(c * 12 + q + 1, "Question " + (c * 12 + q + 1) + "?",
                        answer(text))).toArray(Question[]::new))).toArray(Category[]::new);
        return new Site(config("Long", "", null), List.of(page("long.md", "Long page", categories),
                page("other.md", "Other", category("Only", question(1, "Alone?", answer("Yes."))))));
    }

    @BeforeAll
    static void renderAndStart() throws IOException {
        RenderedSite.write(longPage(), site);
        browser = Chromium.start();
        served = LoopbackSite.serve(site);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (served != null) {
            served.close();
        }
    }

    private static void open(String pageAndHash) {
        Chromium.load(browser, site.toUri() + pageAndHash);
    }

    private static void openServed(String page) {
        Chromium.load(browser, served.url(page));
    }

    private static void waitFor(String condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                Boolean.TRUE.equals(((ChromeDriver) d).executeScript("return !!(" + condition + ")")));
    }

    private static String currentTocEntry() {
        return (String) browser.executeScript(
                "var a = document.querySelector('.qd-toc a[aria-current]'); return a ? a.getAttribute('href') : null");
    }

    @Test
    void theOnThisPageListFollowsScrolling() {
        open("long.html");
        browser.findElement(By.cssSelector("[data-qd-expand]")).click();
        WebElement toc = browser.findElement(By.cssSelector(".qd-toc"));
        assertThat(toc.getLocation().getX()).as("beside the content").isGreaterThan(
                browser.findElement(By.cssSelector(".qd-page-content")).getLocation().getX() + 300);

        for (String id : List.of("15-question-15", "4-question-4", "part-2", "24-question-24")) {
            browser.executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'start'})", id);
            waitFor("document.querySelector('.qd-toc a[aria-current]') && "
                    + "document.querySelector('.qd-toc a[aria-current]').getAttribute('href') === '#" + id + "'");
            assertThat(currentTocEntry()).isEqualTo("#" + id);
        }
        assertThat(browser.findElements(By.cssSelector(".qd-toc a[aria-current]"))).hasSize(1);
    }

    @Test
    void onANarrowScreenTheListIsInTheFlowAndFolded() {
        try {
            browser.manage().window().setSize(new Dimension(420, 900));
            open("long.html");
            WebElement toc = browser.findElement(By.cssSelector("[data-qd-toc]"));
            assertThat(toc.getDomProperty("open")).isEqualTo("false");
            assertThat(browser.executeScript("return document.querySelector('.qd-toc-list a').checkVisibility()"))
                    .isEqualTo(false);
            assertThat(toc.getLocation().getY()).as("before the questions").isLessThan(
                    browser.findElement(By.cssSelector("details.qd-question")).getLocation().getY());
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void copyLinkGivesAUrlThatOpensThatQuestion() {
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("permissions",
                List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        open("long.html");
        WebElement question = browser.findElement(By.id("17-question-17"));
        question.findElement(By.tagName("summary")).click();
        question.findElement(By.cssSelector("[data-qd-copy]")).click();
        waitFor("document.querySelector('[data-qd-announce]').textContent === 'Link copied'");

        String copied = (String) browser.executeAsyncScript(
                "var done = arguments[0]; navigator.clipboard.readText().then(done, function (e) { done('' + e); })");
        assertThat(copied).isEqualTo(site.resolve("long.html").toUri() + "#17-question-17");

        Chromium.load(browser, copied);
        WebElement opened = browser.findElement(By.id("17-question-17"));
        assertThat(opened.getDomProperty("open")).isEqualTo("true");
        Number top = (Number) browser.executeScript("return arguments[0].getBoundingClientRect().top", opened);
        assertThat(top.doubleValue()).isBetween(0.0, 150.0);
    }

    @Test
    void previousAndNextLinkThePages() {
        open("long.html");
        browser.findElement(By.cssSelector("a[rel=next]")).click();
        waitFor("document.readyState === 'complete'");
        assertThat(browser.getCurrentUrl()).endsWith("/other.html");
        browser.findElement(By.tagName("body")).sendKeys("[");
        waitFor("/long\\.html$/.test(location.href)");
    }

    @Test
    void theThemeSwitchIsRememberedAndTheFirstPaintIsAlreadyInIt() {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
        // Records the theme at the moment <body> is created, before anything of the page can be painted.
        Map<?, ?> watcher = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                new MutationObserver(function (changes, observer) {
                  if (!document.body) return;
                  sessionStorage.setItem('themeAtBody', document.documentElement.getAttribute('data-theme') || 'none');
                  observer.disconnect();
                }).observe(document, { childList: true, subtree: true });"""));
        try {
            openServed("long.html");
            browser.executeScript("localStorage.removeItem('qadocs-theme')");
            openServed("long.html");
            assertThat(background()).isEqualTo("rgb(247, 247, 250)");
            WebElement toggle = browser.findElement(By.cssSelector("[data-qd-theme-toggle]"));
            toggle.click();
            assertThat(toggle.getDomAttribute("aria-label")).isEqualTo("Colour theme: light");
            toggle.click();
            assertThat(toggle.getDomAttribute("aria-label")).isEqualTo("Colour theme: dark");
            assertThat(background()).isEqualTo("rgb(14, 16, 22)");

            openServed("other.html");
            assertThat(browser.executeScript("return sessionStorage.getItem('themeAtBody')")).isEqualTo("dark");
            assertThat(background()).isEqualTo("rgb(14, 16, 22)");

            browser.findElement(By.cssSelector("[data-qd-theme-toggle]")).click();
            openServed("other.html");
            assertThat(browser.executeScript("return sessionStorage.getItem('themeAtBody')")).isEqualTo("none");
            assertThat(background()).as("system again: light here").isEqualTo("rgb(247, 247, 250)");
        } finally {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier",
                    watcher.get("identifier")));
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
            browser.executeScript("localStorage.removeItem('qadocs-theme')");
        }
    }

    private static Object background() {
        return browser.executeScript("return getComputedStyle(document.body).backgroundColor");
    }
}
