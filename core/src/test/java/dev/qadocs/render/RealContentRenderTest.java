package dev.qadocs.render;

import dev.qadocs.llms.LlmsWriter;
import dev.qadocs.load.LoadResult;
import dev.qadocs.load.SourceLoader;
import dev.qadocs.model.Page;
import dev.qadocs.model.Question;
import dev.qadocs.model.Site;
import dev.qadocs.parse.PageParser;
import dev.qadocs.testing.Corpus;
import dev.qadocs.testing.MemoryOutput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Renders parsed real content (our guide and the Mintlify corpus) and checks what no hand-built site can. */
class RealContentRenderTest {

    static Stream<Path> contentFolders() {
        return Stream.of(Corpus.siteContent(), Corpus.mintlify());
    }

    private static Site parse(Path folder) {
        LoadResult loaded = new SourceLoader().load(folder);
        PageParser parser = new PageParser();
        List<Page> pages = new ArrayList<>();
        loaded.files().forEach(f -> parser.parse(f).page().ifPresent(pages::add));
        return new Site(loaded.config(), pages, new TreeSet<>(loaded.assets()));
    }

    private int crossPageLinks;

    /** In-page anchors and links to other built pages (with their anchors) must land somewhere real. */
    private void assertTargetExists(MemoryOutput output, Page page, String href) {
        if (href.contains("://") || href.startsWith("/") || href.startsWith("mailto:")) {
            return;
        }
        int hash = href.indexOf('#');
        String file = hash < 0 ? href : href.substring(0, hash);
        String id = hash < 0 ? "" : href.substring(hash + 1);
        String target = file.isEmpty() ? page.slug() + ".html"
                : Path.of(page.slug()).resolveSibling(file).normalize().toString().replace('\\', '/');
        if (!target.endsWith(".html")) {
            return;
        }
        crossPageLinks += file.isEmpty() ? 0 : 1;
        assertThat(output.files()).as(page.path() + " links to " + href).containsKey(target);
        if (!id.isEmpty()) {
            assertThat(Jsoup.parse(output.text(target)).getElementById(id)).as(page.path() + " links to " + href)
                    .isNotNull();
        }
    }

    @ParameterizedTest
    @MethodSource("contentFolders")
    void everyQuestionIsRenderedAndEveryLinkIntoTheSiteLands(Path folder) {
        Site site = parse(folder);
        MemoryOutput output = new MemoryOutput();
        new SiteRenderer(Optional.empty()).render(site, output);
        new LlmsWriter().write(site, output);

        assertThat(site.questionCount()).isGreaterThan(20);
        for (Page page : site.pages()) {
            Document html = Jsoup.parse(output.text(page.slug() + ".html"));
            assertThat(html.select("details.qd-question:not(.qd-passage)").eachAttr("id")).as(page.path())
                    .containsExactlyElementsOf(page.questions().stream().map(Question::id).toList());
            assertThat(html.select("script[src]")).as(page.path()).allMatch(s -> s.attr("src").startsWith("./assets/"));
            assertThat(html.select("body script:not([src])")).as(page.path()).isEmpty();
            assertThat(html.select("[onerror], [onclick], [onload]")).as(page.path()).isEmpty();
            for (Element link : html.select(".qd-page a[href]")) {
                assertTargetExists(output, page, link.attr("href"));
            }
            assertThat(output.text(page.slug() + ".md")).startsWith("# " + page.meta().title() + "\n");
        }
        if (folder.equals(Corpus.siteContent())) {
            assertThat(crossPageLinks).as("our guide links between its pages").isGreaterThan(5);
        }
        long items = output.text("llms.txt").lines().filter(l -> l.startsWith("- [")).count();
        assertThat(items).isEqualTo(site.pages().size() + site.questionCount());
    }
}
