package dev.qadocs.quality;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sun.net.httpserver.HttpServer;
import dev.qadocs.testing.Chromium;
import dev.qadocs.testing.SampleSiteBuild;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built sample site as readers meet it in Chromium: axe-core finds no serious or critical accessibility
 * violation in either colour scheme, with a question open or search results showing, and printing a page keeps
 * the answers.
 */
@Tag("browser")
class ReaderQualityBrowserTest {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    @TempDir
    static Path work;
    private static Path site;
    private static ChromeDriver browser;

    @BeforeAll
    static void buildAndStart() throws Exception {
        site = SampleSiteBuild.into(work);
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void open(String page) {
        Chromium.load(browser, site.resolve(page).toUri().toString());
    }

    private static void scheme(String scheme) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /**
     * Opens the first question by its summary, then every other one, so each typed section's label colour and
     * every code block of the page are checked.
     */
    private static void openQuestions() {
        browser.findElement(By.cssSelector("details.qd-question > summary")).click();
        assertThat(browser.findElement(By.cssSelector("details.qd-question")).getDomProperty("open")).isEqualTo("true");
        browser.findElement(By.cssSelector("[data-qd-expand]")).click();
        assertThat(browser.findElements(By.cssSelector("details.qd-question:not([open])"))).isEmpty();
    }

    private static void showSearchResults() {
        WebElement input = browser.findElement(By.id("qd-search-input"));
        input.sendKeys("retrieval");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                !d.findElements(By.cssSelector("#qd-search-results [role=option]")).isEmpty());
        input.sendKeys(Keys.ARROW_DOWN);
        // Highlights are painted on the active option: let the style settle before measuring contrast.
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d ->
                !d.findElements(By.cssSelector("#qd-search-results [aria-selected=true]")).isEmpty());
    }

    private static List<String> blockingViolations() {
        Results results = new AxeBuilder().analyze(browser);
        assertThat(results.getErrorMessage()).isNull();
        return results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(ReaderQualityBrowserTest::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        String where = rule.getNodes().stream().limit(3)
                .map(node -> node.getTarget() + " " + node.getFailureSummary())
                .reduce((a, b) -> a + " | " + b).orElse("");
        return rule.getImpact() + " " + rule.getId() + " (" + rule.getNodes().size() + "): " + where;
    }

    @ParameterizedTest(name = "{0} in {1}, {2}")
    @CsvSource({
            "index.html, light, question", "index.html, dark, question",
            "index.html, light, search", "index.html, dark, search",
            "01-fundamentals.html, light, question", "01-fundamentals.html, dark, question",
            "01-fundamentals.html, light, search", "01-fundamentals.html, dark, search"})
    void axeFindsNoSeriousOrCriticalViolation(String page, String colours, String state) {
        open(page);
        scheme(colours);
        try {
            if (state.equals("search")) {
                showSearchResults();
            } else if (page.equals("01-fundamentals.html")) {
                openQuestions();
            }
            assertThat(blockingViolations()).isEmpty();
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    @Test
    void printingAPageKeepsEveryAnswerAndLeavesTheNavigationOut() throws Exception {
        open("02-rag.html");
        // The last question's answer: closed on screen, so only a print that opens every question shows it.
        String answer = (String) browser.executeScript(
                "var qs = document.querySelectorAll('details.qd-question'), last = qs[qs.length - 1];"
                        + "return Array.from(last.querySelectorAll('.qd-answer .qd-prose p'), p => p.textContent)"
                        + ".reduce((a, b) => b.length > a.length ? b : a, '')");
        String nav = browser.findElement(By.cssSelector(".qd-nav-page > a:not([aria-current]) > span"))
                .getDomProperty("textContent");

        String text = pdfText(browser.print(new PrintOptions()).getContent());

        String words = normalized(answer);
        assertThat(words).hasSizeGreaterThan(40);
        assertThat(normalized(text)).contains(words.substring(0, Math.min(words.length(), 120)));
        assertThat(text).doesNotContain("Skip to content").doesNotContain("Search questions");
        assertThat(text.split("\\R")).noneMatch(line -> line.strip().equals(nav.strip()));
    }

    @Test
    void escapeClosesTheResultsKeepingTheQueryThenClearsItAndTabCloses() {
        open("index.html");
        WebElement input = browser.findElement(By.id("qd-search-input"));
        WebElement list = browser.findElement(By.id("qd-search-results"));
        showSearchResults();

        input.sendKeys(Keys.ESCAPE);
        assertThat(list.isDisplayed()).isFalse();
        assertThat(input.getDomProperty("value")).isEqualTo("retrieval");
        assertThat(input.getDomAttribute("aria-expanded")).isEqualTo("false");

        input.sendKeys(Keys.ESCAPE);
        assertThat(input.getDomProperty("value")).isEmpty();

        showSearchResults();
        input.sendKeys(Keys.TAB);
        assertThat(list.isDisplayed()).isFalse();
        assertThat(input.getDomProperty("value")).isEqualTo("retrieval");
    }

    @Test
    void choosingAResultByClickOpensItsQuestion() throws Exception {
        open("index.html");
        showSearchResults();
        assertThat(browser.findElements(By.cssSelector("#qd-search-results a, #qd-search-results button"))).isEmpty();
        WebElement question = browser.findElement(By.cssSelector("#qd-search-results [role=option][data-href*='#']"));

        question.click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(() -> browser.getCurrentUrl() + " "
                + browser.executeScript("return document.querySelector('#qd-search-results').outerHTML.slice(0, 400)"))
                .until(d -> d.getCurrentUrl().contains("?h="));
        String hash = new java.net.URI(browser.getCurrentUrl()).getFragment();
        assertThat(hash).isNotEmpty();
        // The hit is a question or a passage in one: the reader lands on it, open.
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(((ChromeDriver) d)
                .executeScript("var t = document.getElementById(arguments[0]);"
                        + "return !!t && t.checkVisibility() && t.getBoundingClientRect().top < innerHeight", hash)));
    }

    /** Layout shifts Chromium recorded from navigation on, as Lighthouse's CLS counts them. */
    private static double layoutShift() {
        Object total = browser.executeAsyncScript("var done = arguments[arguments.length - 1], sum = 0;"
                + "new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) {"
                + "  if (!e.hadRecentInput) sum += e.value; }); }).observe({ type: 'layout-shift', buffered: true });"
                + "setTimeout(function () { done(sum); }, 800);");
        return ((Number) total).doubleValue();
    }

    @ParameterizedTest
    @CsvSource({"index.html, 420", "01-fundamentals.html, 420", "01-fundamentals.html, 1280"})
    void nothingMovesAfterTheFirstPaint(String page, int width) {
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
            browser.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
            open(page);
            assertThat(layoutShift()).isLessThan(0.01);
        } finally {
            browser.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    @Test
    void onAPhoneTheSearchBoxKeepsRoomToType() {
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
            open("01-fundamentals.html");
            WebElement input = browser.findElement(By.id("qd-search-input"));
            input.click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                    !d.findElements(By.cssSelector(".qd-search-filter")).isEmpty());
            assertThat(input.getRect().getWidth()).isGreaterThanOrEqualTo(140);
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    @Test
    void everyCodeBlockIsHighlightedInTheHtmlAndHasACopyButton() {
        open("03-training.html");
        List<WebElement> blocks = browser.findElements(By.cssSelector("main pre:not(.mermaid)"));
        assertThat(blocks).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("main .qd-code > .qd-copy"))).hasSameSizeAs(blocks);
        assertThat(browser.findElements(By.cssSelector("main pre span.tk-k"))).isNotEmpty();
        assertThat(blocks).allSatisfy(pre -> assertThat(pre.getDomAttribute("tabindex")).isEqualTo("0"));

        browser.findElement(By.cssSelector("[data-qd-expand]")).click();
        WebElement button = browser.findElement(By.cssSelector("main .qd-code > .qd-copy"));
        String code = button.findElement(By.xpath("preceding-sibling::pre")).getDomProperty("textContent");
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> button.getText().equals("Copied"));
        // Paste it: the clipboard holds the block's text exactly, not the button's label.
        WebElement area = (WebElement) browser.executeScript("var t = document.createElement('textarea');"
                + "document.body.appendChild(t); t.focus(); return t;");
        area.sendKeys(Keys.chord(Keys.CONTROL, "v"));
        assertThat(area.getDomProperty("value")).isEqualTo(code);
    }

    /**
     * A host that serves the site under /guide/ and answers any missing address with 404.html, as GitHub Pages
     * and Netlify do: at any depth the page finds its stylesheet, scripts and home link.
     */
    @Test
    void theNotFoundPageWorksAtAnyDepthUnderASubpath() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/guide/", exchange -> {
            Path file = site.resolve(exchange.getRequestURI().getPath().substring("/guide/".length())).normalize();
            boolean found = file.startsWith(site) && Files.isRegularFile(file);
            byte[] body = Files.readAllBytes(found ? file : site.resolve("404.html"));
            exchange.getResponseHeaders().set("Content-Type", file.toString().endsWith(".css") && found ? "text/css"
                    : file.toString().endsWith(".js") && found ? "text/javascript" : "text/html; charset=utf-8");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(found ? 200 : 404, head ? -1 : body.length);
            if (!head) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/guide/";
            browser.get(base + "deep/er/missing");
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "sticky".equals(((ChromeDriver) d)
                    .executeScript("return getComputedStyle(document.querySelector('.qd-header')).position")));
            assertThat(browser.findElement(By.linkText("the home page")).getDomProperty("href"))
                    .isEqualTo(base + "index.html");
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                    ((ChromeDriver) d).executeScript("return typeof window.qadocsSearch") .equals("object"));
            // Study mode's script is named by nav.js, not linked: it too must be fetched from the site root.
            browser.findElement(By.cssSelector("[data-qd-study-toggle]")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> (Boolean) ((ChromeDriver) d)
                    .executeScript("return document.documentElement.hasAttribute('data-qd-study-ready')"));
            browser.findElement(By.cssSelector("[data-qd-study-toggle]")).click();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aReaderInDarkModePrintsDarkTextOnWhite() {
        open("02-rag.html");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print", "features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            String text = (String) browser.executeScript("return getComputedStyle(document.body).color");
            String paper = (String) browser.executeScript("return getComputedStyle(document.body).backgroundColor");
            assertThat(text).isEqualTo("rgb(27, 30, 39)");
            assertThat(paper).isEqualTo("rgb(255, 255, 255)");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        }
    }

    private static String pdfText(String base64) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(Base64.getDecoder().decode(base64))) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    /** PDF text breaks lines and may hyphenate nothing; compare words only. */
    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
