package dev.qadocs.pipeline;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.diagnostic.PageFailure;
import dev.qadocs.markdown.SafeUrls;
import dev.qadocs.testing.HostileInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import dev.qadocs.validate.ValidationConfig;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every reproducer in {@code ../shared/hostile-input/} ends in a diagnostic with file and line, or in a site in
 * which nothing links or loads a URL a browser would run, and it gets there in a time that only a linear
 * algorithm manages on a busy machine (the bound is loose: it tells seconds from minutes, it is no benchmark).
 */
class HostileInputTest {

    private static final Duration BOUND = Duration.ofSeconds(10);

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyReproducerEndsInADiagnosticOrASafeSite() throws IOException {
        return HostileInput.all().stream().map(reproducer -> DynamicTest.dynamicTest(
                reproducer.getFileName().toString(), () -> buildSafely(reproducer)));
    }

    @Test
    void aBaseUrlGivenAsAParameterIsCheckedLikeTheOneInQadocsYml() throws IOException {
        Path content = HostileInput.asContent(HostileInput.file("further-reading-ctrl.md"), temp);
        PipelineOptions options = new PipelineOptions(content, temp.resolve("site"), Optional.empty(),
                Optional.empty(), Optional.of("data:text/javascript,alert(1)//"), ValidationConfig.defaults());

        assertThatThrownBy(() -> new SiteBuilder().build(options)).isInstanceOf(PipelineFailedException.class)
                .satisfies(e -> assertThat(((PipelineFailedException) e).diagnostics())
                        .anySatisfy(d -> {
                            assertThat(d.rule()).isEqualTo("config");
                            assertThat(d.message()).contains("baseUrl must start with http:// or https://");
                        }));
        assertThat(temp.resolve("site")).doesNotExist();
    }

    private void buildSafely(Path reproducer) throws IOException {
        String name = reproducer.getFileName().toString();
        Path work = Files.createDirectories(temp.resolve(name));
        Path content = HostileInput.asContent(reproducer, work);
        Path site = work.resolve("site");
        Outcome outcome = assertTimeoutPreemptively(BOUND, () -> build(content, site));

        if (outcome.failure() != null) {
            assertThat(outcome.failure().diagnostics()).as(name).filteredOn(Diagnostic::isError).isNotEmpty()
                    .allSatisfy(d -> {
                        assertThat(d.position().file()).isNotBlank();
                        assertThat(Files.exists(content.resolve(d.position().file()))).as(d.toString()).isTrue();
                        assertThat(d.position().line()).isPositive();
                        // "qadocs could not parse this page" names no line of the page: the input won, not the rules.
                        assertThat(d.rule()).as(d.toString()).isNotEqualTo(PageFailure.RULE.id());
                    });
            assertThat(site).doesNotExist();
        } else {
            assertSafe(site);
        }
    }

    private record Outcome(PipelineFailedException failure) {
    }

    private static Outcome build(Path content, Path site) {
        try {
            new SiteBuilder().build(PipelineOptions.of(content, site));
            return new Outcome(null);
        } catch (PipelineFailedException e) {
            return new Outcome(e);
        }
    }

    /** No link, image, script or style in any page has a URL that is not relative or http(s)/mailto/tel. */
    static void assertSafe(Path site) throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(pages).isNotEmpty();
        for (Path page : pages) {
            Document html = Jsoup.parse(page.toFile());
            for (Element e : html.select("a[href], area[href], img[src], script[src], iframe[src], link[href]:not([rel=icon]), form[action]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.hasAttr("src") ? e.attr("src") : e.attr("action");
                assertThat(SafeUrls.isSafe(url)).as(site.relativize(page) + ": " + e.outerHtml()).isTrue();
            }
        }
    }
}
