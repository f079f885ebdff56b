package dev.qadocs.testing;

import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * axe-core, the accessibility engine browsers' dev tools use, run inside a test's Chromium page. Installed once
 * from npm into target/ (npm is needed by the search tests already); the version is pinned so results are stable.
 */
public final class AxeCore {

    private static final String VERSION = "4.11.1";
    private static final Path FOLDER = Path.of("target", "axe-core-" + VERSION);
    private static String source;

    private AxeCore() {
    }

    private static synchronized String source() throws IOException, InterruptedException {
        if (source == null) {
            Path script = FOLDER.resolve("node_modules/axe-core/axe.min.js");
            if (!Files.isRegularFile(script)) {
                Files.createDirectories(FOLDER);
                Process npm = new ProcessBuilder("npm", "install", "--silent", "--no-audit", "--no-fund",
                        "--prefix", FOLDER.toString(), "axe-core@" + VERSION).inheritIO().start();
                if (!npm.waitFor(3, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.isRegularFile(script)) {
                    throw new IOException("could not install axe-core " + VERSION + " with npm");
                }
            }
            source = Files.readString(script);
        }
        return source;
    }

    /**
     * The serious and critical violations on the page as it is now, one line each: rule id and the elements.
     *
     * @param include CSS selectors of the parts to check; none checks the whole document
     */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(ChromeDriver browser, String... include)
            throws IOException, InterruptedException {
        browser.executeScript(source());
        return (List<String>) browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var include = arguments[0].filter(function (s) { return document.querySelector(s); });
                var context = arguments[0].length ? { include: include.map(function (s) { return [s]; }) } : document;
                axe.run(context, { resultTypes: ['violations'] }).then(function (r) {
                  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                    .map(function (v) {
                      return v.id + ': ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');
                    }));
                }, function (e) { done(['axe failed: ' + e]); });""", List.of(include));
    }
}
