package dev.qadocs.render;

import dev.qadocs.pipeline.PipelineOptions;
import dev.qadocs.pipeline.SiteBuilder;
import dev.qadocs.testing.Chromium;
import dev.qadocs.testing.Corpus;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader who never turns study mode on pays at first paint: the site-content guide built with this theme
 * and with an earlier one (a theme folder given as argument, as bench/first-paint.sh extracts it from git), each
 * page loaded from file:// in Chromium, printed as a table: HTML size, render-blocking files, first contentful paint.
 */
public final class FirstPaintBenchmark {

    private static final int LOADS = 25;

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("qadocs-first-paint");
        Path current = build(work.resolve("current"), null);
        Path earlier = args.length > 0 ? build(work.resolve("earlier"), Path.of(args[0])) : null;
        ChromeDriver browser = Chromium.start();
        try {
            System.out.printf("%-10s %-24s %9s %15s %14s %15s %12s%n", "theme", "page", "html KiB", "blocking files",
                    "blocking KiB", "FCP median ms", "FCP p90 ms");
            Map<String, Path> themes = new LinkedHashMap<>();
            if (earlier != null) {
                themes.put("earlier", earlier);
            }
            themes.put("this", current);
            for (String page : List.of("index.html", "01-fundamentals.html", "03-training.html")) {
                rows(browser, themes, page);
            }
        } finally {
            browser.quit();
        }
    }

    private static Path build(Path output, Path themeFolder) throws Exception {
        PipelineOptions options = PipelineOptions.of(Corpus.siteContent(), output);
        new SiteBuilder().build(themeFolder == null ? options : options.withTemplateDirectory(themeFolder));
        return output;
    }

    /** Loads alternate between the themes, so a machine that slows down mid-run slows both alike. */
    private static void rows(ChromeDriver browser, Map<String, Path> themes, String page) throws Exception {
        Map<String, List<Double>> paints = new LinkedHashMap<>();
        Map<String, List<String>> blocking = new LinkedHashMap<>();
        for (int i = 0; i < LOADS; i++) {
            for (Map.Entry<String, Path> theme : themes.entrySet()) {
                Map<?, ?> load = load(browser, theme.getValue().resolve(page));
                paints.computeIfAbsent(theme.getKey(), k -> new ArrayList<>()).add(((Number) load.get("fcp")).doubleValue());
                blocking.put(theme.getKey(), ((List<?>) load.get("blocking")).stream().map(String::valueOf).toList());
            }
        }
        for (String theme : themes.keySet()) {
            long bytes = 0;
            for (String url : blocking.get(theme)) {
                bytes += Files.size(Path.of(URI.create(url)));
            }
            List<Double> sorted = paints.get(theme).stream().sorted().toList();
            System.out.printf("%-10s %-24s %9.1f %15d %14.1f %15.1f %12.1f%n", theme, page,
                    Files.size(themes.get(theme).resolve(page)) / 1024.0, blocking.get(theme).size(),
                    bytes / 1024.0, sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1));
        }
    }

    /** First contentful paint, and what had to arrive before it: head stylesheets and scripts without defer. */
    private static Map<?, ?> load(ChromeDriver browser, Path file) {
        browser.get("about:blank");
        browser.get(file.toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((ChromeDriver) d)
                .executeScript("return document.readyState === 'complete' && "
                        + "performance.getEntriesByName('first-contentful-paint').length > 0")));
        return (Map<?, ?>) browser.executeScript("""
                return { fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
                         blocking: Array.prototype.map.call(document.head.querySelectorAll(
                           'link[rel=stylesheet], script[src]:not([defer]):not([async])'),
                           function (e) { return e.href || e.src; }) };""");
    }
}
