package dev.qadocs.render;

import dev.qadocs.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The theme's behaviour in a real browser, on a site opened from file:// as a reader would open a built folder. */
@Tag("browser")
class QuestionPageBrowserTest {

    private static final String FIRST = "1-what-is-an-inverted-index";
    private static final String SECOND = "2-why-tokenize-before-indexing";
    private static final String THIRD = "3-how-do-you-rebuild-an-index-without-downtime";

    @TempDir
    static Path site;
    private static ChromeDriver browser;

    @BeforeAll
    static void renderAndStart() throws IOException {
        RenderedSite.write(SampleSite.of(null), site);
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** A fresh load each time: a URL that differs only in its hash would otherwise keep the last test's page. */
    private static void open(String page, String hash) {
        Chromium.load(browser, site.resolve(page).toUri() + hash);
    }

    private static boolean isOpen(String id) {
        return browser.findElement(By.id(id)).getDomProperty("open").equals("true");
    }

    private static void waitUntilOpen(String id) {
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> isOpen(id));
    }

    @Test
    void openingAtAQuestionsAnchorOpensThatQuestionAloneAndScrollsToIt() {
        open("search.html", "#" + SECOND);

        assertThat(isOpen(SECOND)).isTrue();
        assertThat(isOpen(FIRST)).isFalse();
        assertThat(isOpen(THIRD)).isFalse();
        Number top = (Number) browser.executeScript(
                "return document.getElementById(arguments[0]).getBoundingClientRect().top", SECOND);
        assertThat(top.doubleValue()).isBetween(0.0, 150.0);
    }

    @Test
    void expandAllAndCollapseAllReachEveryQuestion() {
        open("search.html", "");
        assertThat(browser.findElement(By.cssSelector("[data-qd-toolbar]")).isDisplayed()).isTrue();
        List<WebElement> questions = browser.findElements(By.cssSelector("details.qd-question"));
        assertThat(questions).hasSize(3).noneMatch(q -> q.getDomProperty("open").equals("true"));

        browser.findElement(By.cssSelector("[data-qd-expand]")).click();
        assertThat(questions).allMatch(q -> q.getDomProperty("open").equals("true"));

        browser.findElement(By.cssSelector("[data-qd-collapse]")).click();
        assertThat(questions).noneMatch(q -> q.getDomProperty("open").equals("true"));
    }

    @Test
    void aHashChangeOpensTheQuestionItNames() {
        open("search.html", "#" + FIRST);

        browser.executeScript("location.hash = arguments[0]", "#" + THIRD);

        waitUntilOpen(THIRD);
        assertThat(isOpen(SECOND)).isFalse();
    }

    @Test
    void anAnchorInsideAClosedQuestionOpensTheQuestion() {
        open("search.html", "");
        assertThat(isOpen(THIRD)).isFalse();

        browser.executeScript("location.hash = '#alias-swap'");

        waitUntilOpen(THIRD);
    }

    @Test
    void openingAQuestionByItsSummaryPutsItInTheAddressBar() {
        open("search.html", "");

        browser.findElement(By.cssSelector("#" + escapeId(FIRST) + " > summary")).click();

        assertThat(isOpen(FIRST)).isTrue();
        assertThat(browser.getCurrentUrl()).endsWith("#" + FIRST);
    }

    @Test
    void onANarrowScreenTheContentsStartFolded() throws IOException {
        try {
            browser.manage().window().setSize(new Dimension(420, 900));
            open("search.html", "");
            assertThat(browser.findElement(By.cssSelector("[data-qd-nav]")).getDomProperty("open")).isEqualTo("false");
            assertThat(browser.findElement(By.cssSelector(".qd-nav-toggle")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.cssSelector(".qd-nav-page > a")).isDisplayed()).isFalse();
            // Selenium calls anything in a closed <details> hidden, so only the browser can tell it is folded.
            assertThat(browser.executeScript("return document.querySelector('.qd-nav-page > a').checkVisibility()"))
                    .isEqualTo(false);
            Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(Path.of("target", "screenshots", "page-narrow.png"), browser.getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
        // Wide screens show the same closed <details> unfolded by CSS: no script changes the layout after paint.
        open("search.html", "");
        // Selenium calls anything in a closed <details> hidden; the browser's own visibility check knows better.
        assertThat(browser.executeScript("var a = document.querySelector('.qd-nav-page > a');"
                + "return a.checkVisibility() && a.getBoundingClientRect().height > 0")).isEqualTo(true);
        assertThat(browser.findElement(By.cssSelector(".qd-nav-toggle")).isDisplayed()).isFalse();
    }

    @Test
    void withoutJavascriptQuestionsStillOpenAndTheButtonsStayHidden() {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            open("search.html", "");
            assertThat(browser.findElement(By.cssSelector("[data-qd-toolbar]")).isDisplayed()).isFalse();

            browser.findElement(By.cssSelector("#" + escapeId(SECOND) + " > summary")).click();

            assertThat(isOpen(SECOND)).isTrue();
            assertThat(browser.findElement(By.cssSelector("#" + escapeId(SECOND) + " .qd-glossary-term")).isDisplayed())
                    .isTrue();
        } finally {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    /** Not an assertion of looks: screenshots in target/screenshots for a person to review. */
    @Test
    void screenshotsInLightAndDark() throws IOException {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        try {
            for (String scheme : List.of("light", "dark")) {
                browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                        List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
                open("search.html", "");
                browser.findElement(By.cssSelector("[data-qd-expand]")).click();
                browser.executeScript("window.scrollTo(0, 0)");
                Files.write(out.resolve("page-" + scheme + ".png"), fullPage());
                open("index.html", "");
                Files.write(out.resolve("home-" + scheme + ".png"), browser.getScreenshotAs(OutputType.BYTES));
                Object background = browser.executeScript(
                        "return getComputedStyle(document.body).backgroundColor");
                assertThat(background).isEqualTo(scheme.equals("dark") ? "rgb(14, 16, 22)" : "rgb(247, 247, 250)");
            }
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    private static byte[] fullPage() {
        Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", 1280, "height", height.intValue(), "scale", 1);
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    private static String escapeId(String id) {
        return Character.isDigit(id.charAt(0)) ? "\\3" + id.charAt(0) + " " + id.substring(1) : id;
    }
}
