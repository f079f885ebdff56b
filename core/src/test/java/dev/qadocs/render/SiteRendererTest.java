package dev.qadocs.render;

import dev.qadocs.load.SourceFile;
import dev.qadocs.model.Heading;
import dev.qadocs.model.Page;
import dev.qadocs.model.Prose;
import dev.qadocs.model.SectionKind;
import dev.qadocs.model.Site;
import dev.qadocs.model.SourcePosition;
import dev.qadocs.parse.PageParser;
import dev.qadocs.testing.MemoryOutput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static dev.qadocs.testing.ModelFixtures.answer;
import static dev.qadocs.testing.ModelFixtures.category;
import static dev.qadocs.testing.ModelFixtures.page;
import static dev.qadocs.testing.ModelFixtures.question;
import static dev.qadocs.testing.ModelFixtures.reading;
import static dev.qadocs.testing.ModelFixtures.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteRendererTest {

    private static MemoryOutput render(Site site) {
        MemoryOutput output = new MemoryOutput();
        new SiteRenderer(Optional.empty()).render(site, output);
        return output;
    }

    private static Document parse(MemoryOutput output, String path) {
        return Jsoup.parse(output.text(path));
    }

    @Test
    void everyQuestionIsADisclosureWithItsIdAndNumberedTitle() {
        Document page = parse(render(SampleSite.of(null)), "search.html");

        assertThat(page.select("details.qd-question")).extracting(e -> e.id()).containsExactly(
                "1-what-is-an-inverted-index", "2-why-tokenize-before-indexing",
                "3-how-do-you-rebuild-an-index-without-downtime");
        assertThat(page.select("details.qd-question[open]")).isEmpty();
        assertThat(page.selectFirst("#2-why-tokenize-before-indexing > summary").text())
                .isEqualTo("2. Why tokenize before indexing?");
        assertThat(page.select("h2.qd-category-title")).extracting(Element::id).containsExactly("indexing", "operations");
    }

    @Test
    void sectionsCarryTheirKindAndLabel() {
        Element question = parse(render(SampleSite.of(null)), "search.html").getElementById("1-what-is-an-inverted-index");

        assertThat(question.select(".qd-section")).extracting(e -> e.className()).containsExactly(
                "qd-section qd-answer", "qd-section qd-what-is-tested", "qd-section qd-red-flag",
                "qd-section qd-quick-fire", "qd-section qd-further-reading");
        assertThat(question.select(".qd-red-flag .qd-label").text()).isEqualTo("Red flag answer");
        assertThat(question.select(".qd-quick-fire dl dt")).extracting(Element::text)
                .containsExactly("Is it sorted?", "Stored where?");
        assertThat(question.select(".qd-quick-fire dl dd").first().text()).isEqualTo("Usually, per term.");
        assertThat(question.select(".qd-further-reading li a")).extracting(e -> e.attr("href"))
                .containsExactly("https://example.org/postings");
        assertThat(question.select(".qd-further-reading li").last().text()).isEqualTo("A book chapter without a link");
    }

    @Test
    void glossaryCalloutsPassagesAndDiagramsAreRenderedInPlace() {
        Document page = parse(render(SampleSite.of(null)), "search.html");

        assertThat(page.select(".qd-glossary-term dfn").text()).isEqualTo("Analyzer");
        assertThat(page.select("aside.qd-callout.qd-callout-warning").text()).contains("loses queries");
        assertThat(page.select("div.qd-callout.qd-callout-tip").text()).contains("same analyzer");
        assertThat(page.select(".qd-category:nth-of-type(2) > *").eachAttr("class"))
                .containsSubsequence("qd-passage qd-prose", "qd-question");
        assertThat(page.select("pre.mermaid").text()).contains("A[old] --> B[new]");
        assertThat(page.select("pre > code.language-java")).hasSize(1);
    }

    @Test
    void everythingFromTheModelIsEscapedAndContentIsSanitized() {
        Site site = site("<b>Site</b>", page("p.md", "Title \"<i>\"",
                category("Cat <script>alert(1)</script>",
                        question(1, "Why <img src=x onerror=alert(2)>?",
                                answer("Hi <script>alert(3)</script><img src=y.png onerror=alert(4)>"
                                        + " [x](javascript:alert(5))"),
                                reading("evil", "javascript:alert(6)", "<b>bold</b>", "https://ok.example")))));

        String html = render(site).text("p.html");

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("onerror=")
                .doesNotContainIgnoringCase("javascript:").doesNotContain("<b>Site</b>");
        Document page = Jsoup.parse(html);
        assertThat(page.selectFirst(".qd-question > summary").text()).isEqualTo("1. Why <img src=x onerror=alert(2)>?");
        assertThat(page.selectFirst(".qd-category-title").text()).isEqualTo("Cat <script>alert(1)</script>");
        assertThat(page.selectFirst(".qd-brand").text()).contains("<b>Site</b>");
        assertThat(page.select(".qd-further-reading li").eachText()).containsExactly("evil", "bold ok.example");
        assertThat(page.select("script[src]")).isNotEmpty().allSatisfy(s -> assertThat(s.attr("src")).startsWith("./assets/"));
        assertThat(page.select("body script:not([src])")).isEmpty();
    }

    @Test
    void theSearchBoxIsInTheHeaderExactlyAsTheSearchClientExpects() {
        String html = render(SampleSite.of(null)).text("guide/ranking.html");

        assertThat(html).contains("<div class=\"qd-search\" role=\"search\" data-qadocs-search>"
                + "<input id=\"qd-search-input\" type=\"text\" enterkeyhint=\"search\" role=\"combobox\" "
                + "aria-expanded=\"false\" aria-controls=\"qd-search-results\" aria-autocomplete=\"list\" "
                + "autocomplete=\"off\" placeholder=\"Search questions\" aria-label=\"Search questions\">"
                + "<ul id=\"qd-search-results\" role=\"listbox\" aria-label=\"Search results\" hidden></ul></div>");
    }

    @Test
    void pagesInSubfoldersLinkRelativelyToTheRoot() {
        MemoryOutput output = render(SampleSite.of(null));
        Document nested = parse(output, "guide/ranking.html");
        Document top = parse(output, "search.html");

        assertThat(nested.selectFirst("html").attr("data-root")).isEqualTo("../");
        assertThat(top.selectFirst("html").attr("data-root")).isEqualTo("./");
        assertThat(nested.select("link[rel=stylesheet], script[src]").eachAttr("abs:href")).isEmpty();
        assertThat(nested.select("link[rel=stylesheet]").eachAttr("href")).isNotEmpty().allMatch(h -> h.startsWith("../assets/"));
        assertThat(nested.selectFirst(".qd-brand").attr("href")).isEqualTo("../index.html");
        assertThat(nested.select(".qd-nav-page > a").eachAttr("href"))
                .containsExactly("../search.html", "../guide/ranking.html");
        assertThat(nested.select(".qd-generic a").attr("href")).isEqualTo("../search.html#1-what-is-an-inverted-index");
        assertThat(top.select(".qd-answer a[href*=ranking]").attr("href"))
                .isEqualTo("guide/ranking.html#2-how-does-bm25-score-a-document");
    }

    @Test
    void theSidebarListsEveryPageAndMarksTheCurrentOne() {
        Document page = parse(render(SampleSite.of(null)), "guide/ranking.html");

        assertThat(page.select(".qd-nav-page > a").eachText()).containsExactly("Search systems 3", "Ranking 1");
        assertThat(page.select("[aria-current=page]").text()).startsWith("Ranking");
    }

    @Test
    void theSidebarListsTheCategoriesOfTheCurrentPageOnly() {
        MemoryOutput output = render(SampleSite.of(null));

        assertThat(sidebarCategories(parse(output, "guide/ranking.html")))
                .containsExactly("Scoring ../guide/ranking.html#scoring");
        assertThat(sidebarCategories(parse(output, "search.html")))
                .containsExactly("Indexing ./search.html#indexing", "Operations ./search.html#operations");
        // Home and 404 are no page of the sidebar; the home page's cards list every page's categories instead.
        assertThat(sidebarCategories(parse(output, "index.html"))).isEmpty();
        assertThat(sidebarCategories(parse(output, "404.html"))).isEmpty();
        assertThat(parse(output, "index.html").select(".qd-card-categories a")).hasSize(3);
    }

    /** The sidebar's category links as "title href", having checked that all sit under the current page. */
    private static List<String> sidebarCategories(Document page) {
        List<Element> links = page.select(".qd-nav-categories a");
        assertThat(page.select(".qd-nav-page:has(> a[aria-current=page]) > .qd-nav-categories a"))
                .containsExactlyElementsOf(links);
        return links.stream().map(a -> a.text() + " " + a.attr("href")).toList();
    }

    @Test
    void headingsInContentGetTheAnchorIdsTheModelGivesThem() {
        Page page = page("p.md", "P", category("Cat", question(1, "Q",
                answer("##### Step\n\nfirst\n\n##### Step\n\nsecond", "step", "step-1"),
                new Prose(SectionKind.GENERIC, "Trade-offs", "trade-offs", "Some.", List.of(),
                        SourcePosition.of("p.md", 20)))));

        Document html = parse(render(site("S", page)), "p.html");

        assertThat(html.select(".qd-answer h5").eachAttr("id")).containsExactly("step", "step-1");
        assertThat(html.select(".qd-generic .qd-label").attr("id")).isEqualTo("trade-offs");
        assertThat(html.select("[id=cat], [id=1-q]")).hasSize(2);
    }

    @Test
    void everyHeadingTheParserNamedHasItsIdInThePageWhateverItsMarkup() {
        Page page = new PageParser().parse(new SourceFile("p.md", """
                ## Big O

                ### 1. What does O([1, N]) mean?
                **Answer:** A range.

                > ##### O([1, N])
                > The notation, `quoted`.

                #### **Bold** *words*
                Emphasis.
                """)).page().orElseThrow();

        Document html = parse(render(site("S", page)), "p.html");

        assertThat(page.headings()).hasSize(4);
        for (Heading heading : page.headings()) {
            assertThat(html.getElementById(heading.id())).as(heading.text()).isNotNull();
        }
    }

    @Test
    void withoutJavascriptTheToolbarStaysHidden() {
        Element toolbar = parse(render(SampleSite.of(null)), "search.html").selectFirst("[data-qd-toolbar]");

        assertThat(toolbar.hasAttr("hidden")).isTrue();
        assertThat(toolbar.select("button").eachText()).containsExactly("Expand all", "Collapse all");
    }

    @Test
    void theHomePageListsPagesWithTheirCategoriesAndQuestionCounts() {
        Document home = parse(render(SampleSite.of(null)), "index.html");

        assertThat(home.selectFirst("h1").text()).isEqualTo("Interview Notes");
        assertThat(home.select(".qd-hero .qd-lead").text()).isEqualTo("Short questions, careful answers.");
        assertThat(home.select(".qd-stats").text()).isEqualTo("4 questions · 2 pages");
        assertThat(home.select(".qd-card h2 a").eachAttr("href")).containsExactly("./search.html", "./guide/ranking.html");
        assertThat(home.select(".qd-card-count").eachText()).containsExactly("3 questions", "1 question");
        assertThat(home.select(".qd-card").first().select(".qd-card-categories a").eachAttr("href"))
                .containsExactly("./search.html#indexing", "./search.html#operations");
    }

    @Test
    void questionsOutsideAnyCategoryListNoCategory() {
        MemoryOutput output = render(site("S", page("p.md", "P", category("", question(1, "Q?", answer("A."))))));

        assertThat(parse(output, "index.html").select(".qd-card-categories")).isEmpty();
        assertThat(parse(output, "p.html").select(".qd-nav-categories, .qd-page h2, .qd-toc-category")).isEmpty();
        assertThat(parse(output, "p.html").select("details.qd-question")).hasSize(1);
    }

    @Test
    void assetsAreNamedByTheirContentHash() {
        MemoryOutput output = render(SampleSite.of(null));

        assertThat(output.files().keySet()).filteredOn(p -> p.startsWith("assets/") && !p.startsWith("assets/vendor/"))
                .hasSize(9).allMatch(p -> p.matches(
                        "assets/(qadocs|search|search-analysis|search-engine|search-ui|nav|study)\\.[0-9a-f]{8}\\.(css|js)"));
        // Mermaid and KaTeX keep their names in folders named by their version, with their licences.
        assertThat(output.files().keySet()).filteredOn(p -> p.startsWith("assets/vendor/"))
                .contains("assets/vendor/mermaid-11.14.0/mermaid.min.js", "assets/vendor/mermaid-11.14.0/LICENSE",
                        "assets/vendor/katex-0.18.11/katex.min.js", "assets/vendor/katex-0.18.11/katex.min.css",
                        "assets/vendor/katex-0.18.11/fonts/KaTeX_Main-Regular.woff2");
        Document page = parse(output, "search.html");
        for (String href : page.select("link[rel=stylesheet]").eachAttr("href")) {
            assertThat(output.files()).containsKey(href.substring(2));
        }
        for (String src : page.select("script[src]").eachAttr("src")) {
            assertThat(output.files()).containsKey(src.substring(2));
        }
        // study.js and study.css are not on the page but named by nav.js's script, which loads them on demand.
        Element nav = page.selectFirst("script[data-study]");
        assertThat(output.files()).containsKeys(nav.attr("data-study").substring(2),
                nav.attr("data-study-css").substring(2));
        assertThat(page.select("script[src]")).hasSize(5).allMatch(s -> s.hasAttr("defer"));
        // Deferred scripts run in document order: the box's script uses what the other two define.
        assertThat(page.select("script[src*=search]").eachAttr("src"))
                .map(src -> src.replaceAll("\\.[0-9a-f]{8}\\.js$", ""))
                .containsExactly("./assets/search-analysis", "./assets/search-engine", "./assets/search-ui");
    }

    @Test
    void aTemplateOrAssetOfTheSameNameInTheTemplateDirectoryWins(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("question.mustache"), "<p class=\"mine\" id=\"{{id}}\">{{title}}</p>\n");
        Files.createDirectories(dir.resolve("assets"));
        Files.writeString(dir.resolve("assets/qadocs.css"), "body { color: teal }\n");
        MemoryOutput defaults = render(SampleSite.of(null));
        MemoryOutput custom = new MemoryOutput();

        new SiteRenderer(Optional.of(dir)).render(SampleSite.of(null), custom);

        Document page = parse(custom, "search.html");
        assertThat(page.select("p.mine")).hasSize(3);
        assertThat(page.select("details.qd-question")).isEmpty();
        assertThat(page.select("h1").text()).isEqualTo("Search systems");
        String css = page.selectFirst("link[rel=stylesheet]").attr("href").substring(2);
        assertThat(custom.text(css)).isEqualTo("body { color: teal }\n");
        assertThat(defaults.files()).doesNotContainKey(css);
    }

    @Test
    void everyFileOfTheAssetsFolderIsPublishedAndOnlyTheThemesOwnAreMinified(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("assets/extra"));
        Files.writeString(dir.resolve("assets/extra/study.js"), "/* mine */\nvar  a = 1;\n");
        MemoryOutput output = new MemoryOutput();

        new SiteRenderer(Optional.of(dir)).render(SampleSite.of(null), output);

        assertThat(output.files().keySet()).filteredOn(p -> p.startsWith("assets/extra/study."))
                .singleElement().satisfies(p -> assertThat(output.text(p)).isEqualTo("/* mine */\nvar  a = 1;\n"));
        String css = parse(output, "search.html").selectFirst("link[rel=stylesheet]").attr("href").substring(2);
        assertThat(output.text(css)).doesNotContain("/*").doesNotContain("\n  ").contains(".qd-question");
    }

    @Test
    void aBrokenTemplateIsReportedByName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("home.mustache"), "{{#pages}}never closed\n");

        assertThatThrownBy(() -> new SiteRenderer(Optional.of(dir)))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("home.mustache");
    }

    @Test
    void aPageNamedIndexIsTheHomePage() {
        Site site = site("S", page("index.md", "Welcome", category("C", question(1, "Q?", answer("A.")))));

        Document home = parse(render(site), "index.html");

        assertThat(home.select("h1").text()).isEqualTo("Welcome");
        assertThat(home.select("details.qd-question")).hasSize(1);
    }

    @Test
    void aMissingTemplateDirectoryIsReportedByName(@TempDir Path dir) {
        Path missing = dir.resolve("nope");

        assertThatThrownBy(() -> new SiteRenderer(Optional.of(missing)))
                .hasMessageContaining(missing.toString()).hasMessageContaining("does not exist");
    }

    @Test
    void aBaseUrlAddsCanonicalLinksSitemapAndRobots() {
        MemoryOutput output = render(SampleSite.of("https://example.org/notes"));

        assertThat(parse(output, "guide/ranking.html").select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/notes/guide/ranking.html");
        assertThat(parse(output, "index.html").select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/notes/");
        assertThat(output.text("sitemap.xml")).contains(
                "<loc>https://example.org/notes/</loc>",
                "<loc>https://example.org/notes/search.html</loc>",
                "<loc>https://example.org/notes/guide/ranking.html</loc>");
        assertThat(output.text("robots.txt")).contains("Sitemap: https://example.org/notes/sitemap.xml");
        assertThat(parse(output, "404.html").selectFirst(".qd-brand").attr("href"))
                .isEqualTo("https://example.org/notes/index.html");
        assertThat(parse(output, "404.html").select("meta[name=description]").attr("content"))
                .startsWith("No page of ").endsWith(" lives at this address.");
    }

    @Test
    void withoutABaseUrlNoAbsoluteSiteUrlAppears() {
        MemoryOutput output = render(SampleSite.of(null));

        assertThat(output.files()).doesNotContainKeys("sitemap.xml", "robots.txt");
        for (String path : output.files().keySet()) {
            if (path.endsWith(".html")) {
                Document page = parse(output, path);
                assertThat(page.select("link[rel=canonical]")).as(path).isEmpty();
                assertThat(page.select("link[href]:not([href^=data:]), script[src], .qd-header a, nav a, .qd-footer a, .qd-card a"))
                        .as(path).noneMatch(e -> e.attr("href").contains("://") || e.attr("src").contains("://"));
            }
        }
    }

    @Test
    void renderingTwiceGivesTheSameBytes() {
        var first = render(SampleSite.of("https://example.org/")).files();
        var second = render(SampleSite.of("https://example.org/")).files();

        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void oneRendererRendersAPageAloneTheSameAsInTheWholeSite() {
        Site site = SampleSite.of(null);
        SiteRenderer renderer = new SiteRenderer(Optional.empty());
        MemoryOutput whole = new MemoryOutput();
        MemoryOutput alone = new MemoryOutput();

        renderer.render(site, whole);
        renderer.renderPage(site, site.pages().get(1), alone);

        assertThat(alone.files().keySet()).containsExactly("guide/ranking.html");
        assertThat(alone.text("guide/ranking.html")).isEqualTo(whole.text("guide/ranking.html"));
    }

    @Test
    void oneRendererGivesEachSiteItsOwnSidebar() {
        SiteRenderer renderer = new SiteRenderer(Optional.empty());
        MemoryOutput before = new MemoryOutput();
        MemoryOutput after = new MemoryOutput();

        renderer.render(site("S", page("a.md", "A", category("C", question(1, "Q?", answer("A."))))), before);
        renderer.render(site("S", page("a.md", "A", category("C", question(1, "Q?", answer("A."))),
                category("D", question(2, "R?", answer("B."))))), after);

        assertThat(parse(before, "a.html").select(".qd-nav-categories a").eachText()).containsExactly("C");
        assertThat(parse(after, "a.html").select(".qd-nav-categories a").eachText()).containsExactly("C", "D");
        assertThat(parse(after, "a.html").select(".qd-nav-page > a").eachText()).containsExactly("A 2");
    }

    @Test
    void fileNamesWithSpacesAreLinkedEncoded() {
        Site site = site("S", page("my notes/a b#c.md", "Odd", category("C", question(1, "Q?", answer("A.")))));
        MemoryOutput output = render(site);

        assertThat(output.files()).containsKey("my notes/a b#c.html");
        assertThat(parse(output, "index.html").select(".qd-card h2 a").attr("href"))
                .isEqualTo("./my%20notes/a%20b%23c.html");
    }
}
