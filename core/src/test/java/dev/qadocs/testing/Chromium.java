package dev.qadocs.testing;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (installed by .ci/run), never a downloaded browser.
 * The flags keep Chromium off the network this machine does not have, and let it run as root in CI.
 */
public final class Chromium {

    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    public static ChromeDriver start() {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("real-browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /**
     * A fresh load of {@code url}, returned once the page and its deferred scripts have run. Through about:blank,
     * so the same URL with another #hash is loaded again instead of only scrolled.
     */
    public static void load(ChromeDriver browser, String url) {
        browser.get("about:blank");
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
    }
}
