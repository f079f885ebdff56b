package dev.qadocs.render;

import dev.qadocs.model.Site;
import dev.qadocs.testing.AxeCore;
import dev.qadocs.testing.Chromium;
import dev.qadocs.testing.LoopbackSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.qadocs.testing.ModelFixtures.answer;
import static dev.qadocs.testing.ModelFixtures.category;
import static dev.qadocs.testing.ModelFixtures.config;
import static dev.qadocs.testing.ModelFixtures.page;
import static dev.qadocs.testing.ModelFixtures.question;
import static dev.qadocs.testing.ModelFixtures.quickFire;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Study mode in a real browser, on a two-page site served on loopback (text written for these tests). Served, not
 * opened from file://: Chromium lost file:// localStorage writes across loads at random, and marks are the subject.
 */
@Tag("browser")
class StudyModeBrowserTest {

    private static final String CACHE = "What does a cache trade away?";
    private static final String HASH = "Why hash a key before sharding?";
    private static final String QUEUE = "When is a queue better than a direct call?";
    private static final String RETRY = "Why add jitter to retries?";
    private static final String LEASE = "What does a lease protect?";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path site;
    private static ChromeDriver browser;
    private static LoopbackSite served;

    /** The same questions either way; {@code reordered} moves and renumbers them, which changes their anchors. */
    private static Site drills(boolean reordered) {
        var cache = question(reordered ? 3 : 1, CACHE, answer("Freshness, for speed."));
        var hash = question(2, HASH, answer("So keys spread evenly over the shards."));
        var queue = question(reordered ? 1 : 3, QUEUE, answer("When the caller need not wait."),
                quickFire("Does a queue add latency?", "Some, in exchange for smoothing bursts.",
                        "Who retries a failed message?", "The consumer, after a delay."));
        var basics = reordered ? category("Basics", hash, cache) : category("Basics", cache, hash);
        return new Site(config("Drills", "Practice questions.", null), List.of(
                reordered ? page("recall.md", "Recall", category("Queues", queue), basics)
                        : page("recall.md", "Recall", basics, category("Queues", queue)),
                page("guide/systems.md", "Systems", category("Failure",
                        question(1, RETRY, answer("So clients that failed together do not retry together.")),
                        question(2, LEASE, answer("A lock from a holder that died."))))));
    }

    private static void build(boolean reordered) throws IOException {
        RenderedSite.write(drills(reordered), site);
    }

    @BeforeAll
    static void start() {
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

    @BeforeEach
    void freshSiteAndStorage() throws IOException {
        build(false);
        open("recall.html");
        browser.executeScript("localStorage.clear()");
        open("recall.html");
    }

    private static void open(String page) {
        Chromium.load(browser, served.url(page));
    }

    private static void waitFor(String condition, Object... args) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                Boolean.TRUE.equals(((ChromeDriver) d).executeScript("return !!(" + condition + ")", args)));
    }

    private static WebElement find(String title) {
        return browser.findElements(By.cssSelector("details.qd-question")).stream()
                .filter(q -> q.findElement(By.cssSelector(".qd-question-title")).getText().contains(title))
                .findFirst().orElseThrow(() -> new AssertionError("no question " + title));
    }

    private static String key(String title) {
        return find(title).getDomAttribute("data-qd-key");
    }

    private static void studyOn() {
        browser.findElement(By.cssSelector("[data-qd-study-toggle]")).click();
        waitFor("document.documentElement.hasAttribute('data-qd-study-ready')");
    }

    private static void openQuestion(WebElement question) {
        if (!"true".equals(question.getDomProperty("open"))) {
            question.findElement(By.tagName("summary")).click();
        }
    }

    private static void mark(String title, String state) {
        WebElement q = find(title);
        openQuestion(q);
        q.findElement(By.cssSelector("[data-qd-mark=" + state + "]")).click();
    }

    private static String badge(String title) {
        return find(title).findElement(By.cssSelector(".qd-study-badge")).getText();
    }

    @Test
    void studyModeHidesEveryAnswerAndQuickFireAnswerAndRevealShowsOneAtATime() {
        studyOn();
        browser.findElement(By.cssSelector("[data-qd-expand]")).click();

        assertThat(browser.findElements(By.cssSelector(".qd-question-body .qd-section"))).hasSize(4)
                .noneMatch(WebElement::isDisplayed);
        assertThat(browser.findElements(By.cssSelector(".qd-pair dd"))).hasSize(2).noneMatch(WebElement::isDisplayed);

        WebElement queue = find(QUEUE);
        queue.findElement(By.cssSelector("[data-qd-reveal]")).click();
        assertThat(queue.findElement(By.cssSelector(".qd-quick-fire")).isDisplayed()).isTrue();
        assertThat(find(CACHE).findElement(By.cssSelector(".qd-answer")).isDisplayed()).isFalse();
        List<WebElement> answers = queue.findElements(By.cssSelector(".qd-pair dd"));
        assertThat(answers).noneMatch(WebElement::isDisplayed);

        queue.findElement(By.cssSelector("[data-qd-reveal-pair]")).click();
        assertThat(answers.get(0).isDisplayed()).isTrue();
        assertThat(answers.get(1).isDisplayed()).isFalse();
        waitFor("document.querySelector('[data-qd-announce]').textContent.indexOf('Some, in exchange') >= 0");

        browser.findElement(By.cssSelector("[data-qd-study-toggle]")).click();
        assertThat(browser.findElements(By.cssSelector(".qd-question-body .qd-section, .qd-pair dd")))
                .allMatch(WebElement::isDisplayed);
        assertThat(browser.findElements(By.cssSelector("[data-qd-ui]"))).isEmpty();
    }

    @Test
    void marksSurviveAReloadAndARebuildThatReordersQuestions() throws IOException {
        studyOn();
        mark(CACHE, "known");
        mark(QUEUE, "review");
        String cacheAnchor = find(CACHE).getDomAttribute("id");

        open("recall.html");
        assertThat(browser.findElement(By.cssSelector("[data-qd-study-toggle]")).getDomAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(badge(CACHE)).isEqualTo("Known");
        assertThat(badge(QUEUE)).isEqualTo("To review");
        assertThat(badge(HASH)).isEmpty();

        build(true);
        open("recall.html");
        assertThat(find(CACHE).getDomAttribute("id")).as("the rebuild renumbered it").isNotEqualTo(cacheAnchor);
        assertThat(badge(CACHE)).isEqualTo("Known");
        assertThat(badge(QUEUE)).isEqualTo("To review");
        assertThat(badge(HASH)).isEmpty();
        assertThat(browser.findElements(By.cssSelector("[data-qd-category-progress]"))).extracting(WebElement::getText)
                .containsExactly("0 of 1 known · 1 to review", "1 of 2 known · 0 to review");
    }

    @Test
    void progressShowsPerPagePerCategoryAndOnTheHomePage() {
        studyOn();
        mark(CACHE, "known");
        mark(HASH, "review");
        assertThat(browser.findElement(By.cssSelector(".qd-page-header [data-qd-progress]")).getText())
                .isEqualTo("1 of 3 known · 1 to review");

        open("index.html");
        assertThat(browser.findElement(By.cssSelector("[data-qd-study-summary] [data-qd-progress]")).getText())
                .isEqualTo("1 of 5 known · 1 to review");
        assertThat(browser.findElements(By.cssSelector(".qd-card-count [data-qd-card-progress]")))
                .extracting(WebElement::getText)
                .containsExactly("· 1 of 3 known · 1 to review", "· 0 of 2 known · 0 to review");
        assertThat(browser.findElements(By.cssSelector(".qd-card-categories li [data-qd-card-progress]")))
                .extracting(WebElement::getText).first().isEqualTo("1 of 2 known · 1 to review");
    }

    @Test
    void practiseWhatIMissedVisitsExactlyTheMarkedQuestionsAcrossPages() {
        studyOn();
        mark(CACHE, "review");
        mark(HASH, "known");
        mark(QUEUE, "review");
        open("guide/systems.html");
        mark(RETRY, "review");
        List<String> expected = List.of(key(RETRY));
        open("recall.html");
        expected = List.of(expected.get(0), key(CACHE), key(QUEUE));

        browser.findElement(By.cssSelector("[data-qd-practise]")).click();
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            waitFor("document.querySelector('[data-qd-practising]') || "
                    + "/Practice done/.test((document.querySelector('[data-qd-practice-status]') || {}).textContent)");
            WebElement status = browser.findElement(By.cssSelector("[data-qd-practice-status]"));
            if (status.getText().startsWith("Practice done")) {
                break;
            }
            WebElement current = browser.findElement(By.cssSelector("[data-qd-practising]"));
            visited.add(current.getDomAttribute("data-qd-key"));
            assertThat(current.getDomProperty("open")).isEqualTo("true");
            assertThat(status.getText()).isEqualTo("Practising " + visited.size() + " of 3");
            assertThat(current.findElement(By.cssSelector(".qd-answer")).isDisplayed()).as("answer still hidden").isFalse();
            browser.findElement(By.cssSelector("[data-qd-practice-next]")).click();
            waitFor("!document.querySelector('[data-qd-practising][data-qd-key=\"' + arguments[0] + '\"]')",
                    visited.get(visited.size() - 1));
        }
        assertThat(visited).hasSize(3).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void resetClearsEveryMark() {
        studyOn();
        mark(CACHE, "known");
        mark(QUEUE, "review");

        browser.findElement(By.cssSelector("[data-qd-reset]")).click();
        browser.switchTo().alert().accept();

        assertThat(badge(CACHE)).isEmpty();
        assertThat(badge(QUEUE)).isEmpty();
        assertThat(browser.findElement(By.cssSelector("[data-qd-practise]")).getText())
                .isEqualTo("Practise what I missed (0)");
        open("recall.html");
        assertThat(badge(CACHE)).isEmpty();
        assertThat(browser.executeScript("return localStorage.getItem('qadocs-study:Drills')")).isEqualTo("{}");
    }

    @Test
    void theKeyboardDoesItAllAndTheHelpListsTheKeys() {
        Actions keys = new Actions(browser);
        keys.sendKeys("?").perform();
        WebElement help = browser.findElement(By.cssSelector("[data-qd-help]"));
        assertThat(help.isDisplayed()).isTrue();
        assertThat(help.getText()).contains("Study mode on or off", "Practise what I missed");
        keys.sendKeys(Keys.ESCAPE).perform();
        assertThat(help.isDisplayed()).isFalse();

        keys.sendKeys("s").perform();
        waitFor("document.documentElement.hasAttribute('data-qd-study-ready')");
        keys.sendKeys("j").perform();
        WebElement first = browser.findElements(By.cssSelector("details.qd-question")).get(0);
        keys.sendKeys("a").perform();
        assertThat(first.getDomProperty("open")).isEqualTo("true");
        assertThat(first.findElement(By.cssSelector(".qd-answer")).isDisplayed()).isTrue();
        keys.sendKeys("y").perform();
        assertThat(first.findElement(By.cssSelector(".qd-study-badge")).getText()).isEqualTo("Known");
        waitFor("/Marked known/.test(document.querySelector('[role=status]').textContent)");
    }

    @Test
    void aReaderWhoNeverTurnsStudyModeOnNeverDownloadsItsScriptOrStylesheet() {
        String fetched = "performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(n => /\\/study\\.[0-9a-f]+\\.(js|css)$/.test(n)).length";
        waitFor("document.readyState === 'complete'");
        assertThat(browser.executeScript("return " + fetched)).isEqualTo(0L);

        studyOn();
        // The stylesheet's timing entry lands when it has loaded, a moment after study mode is ready.
        waitFor(fetched + " === 2");
        assertThat(browser.findElement(By.cssSelector("[data-qd-study-toggle]")).getDomAttribute("aria-pressed"))
                .isEqualTo("true");
    }

    @Test
    void withoutJavascriptNothingIsHiddenAndNoStudyControlShows() {
        studyOn();
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            open("recall.html");
            WebElement queue = find(QUEUE);
            queue.findElement(By.tagName("summary")).click();
            assertThat(queue.findElement(By.cssSelector(".qd-pair dd")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.cssSelector("[data-qd-tools]")).isDisplayed()).isFalse();
        } finally {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void axeFindsNoSeriousViolationInStudyModeLightOrDark() throws IOException, InterruptedException {
        studyOn();
        mark(CACHE, "known");
        mark(HASH, "review");
        find(QUEUE).findElement(By.tagName("summary")).click();
        find(QUEUE).findElement(By.cssSelector("[data-qd-reveal]")).click();
        browser.executeScript("window.scrollTo(0, 0)");
        browser.findElement(By.cssSelector("[data-qd-expand]")).click();
        for (String theme : List.of("light", "dark")) {
            browser.executeScript("document.documentElement.setAttribute('data-theme', arguments[0])", theme);
            assertThat(AxeCore.seriousViolations(browser)).as(theme).isEmpty();
            // Not an assertion of looks: for a person to review.
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve("study-" + theme + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        }
        open("index.html");
        browser.executeScript("document.documentElement.setAttribute('data-theme', 'dark')");
        assertThat(AxeCore.seriousViolations(browser)).as("home, dark").isEmpty();
        Files.write(SCREENSHOTS.resolve("study-home-dark.png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
