package dev.qadocs.render;

import dev.qadocs.model.Site;
import dev.qadocs.model.SiteConfig;
import dev.qadocs.testing.Corpus;
import dev.qadocs.testing.MemoryOutput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static dev.qadocs.testing.ModelFixtures.answer;
import static dev.qadocs.testing.ModelFixtures.category;
import static dev.qadocs.testing.ModelFixtures.page;
import static dev.qadocs.testing.ModelFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;

/** The markup behind navigation, page metadata and study mode, as the templates write it. */
class NavigationRenderTest {

    private static Document render(Site site, String path) {
        MemoryOutput output = new MemoryOutput();
        new SiteRenderer(Optional.empty()).render(site, output);
        return Jsoup.parse(output.text(path));
    }

    private static Site withConfig(SiteConfig config) {
        Site sample = SampleSite.of(null);
        return new Site(config, sample.pages());
    }

    @Test
    void theOnThisPageListNamesEveryCategoryAndQuestionInOrder() {
        Document page = render(SampleSite.of(null), "search.html");

        assertThat(page.select(".qd-toc a").eachAttr("href")).containsExactly("#indexing",
                "#1-what-is-an-inverted-index", "#2-why-tokenize-before-indexing", "#operations",
                "#3-how-do-you-rebuild-an-index-without-downtime");
        assertThat(page.selectFirst(".qd-toc a[href=#2-why-tokenize-before-indexing]").text())
                .isEqualTo("2. Why tokenize before indexing?");
        for (String href : page.select(".qd-toc a").eachAttr("href")) {
            assertThat(page.getElementById(href.substring(1))).as(href).isNotNull();
        }
    }

    @Test
    void everyQuestionHasALinkToItself() {
        Document page = render(SampleSite.of(null), "search.html");

        for (Element question : page.select("details.qd-question:not(.qd-passage)")) {
            assertThat(question.select("[data-qd-copy]").eachAttr("href")).containsExactly("#" + question.id());
        }
    }

    @Test
    void previousAndNextFollowTheNavigationOrder() {
        Site site = SampleSite.of(null);

        Document first = render(site, "search.html");
        assertThat(first.select("a[rel=prev]")).isEmpty();
        assertThat(first.select("a[rel=next]").eachAttr("href")).containsExactly("./guide/ranking.html");
        Document second = render(site, "guide/ranking.html");
        assertThat(second.select("a[rel=prev]").eachAttr("href")).containsExactly("../search.html");
        assertThat(second.selectFirst("a[rel=prev]").text()).isEqualTo("Previous Search systems");
        assertThat(second.select("a[rel=next]")).isEmpty();
    }

    @Test
    void anEditUrlLinksEachPageToItsSource() {
        Site site = withConfig(new SiteConfig("Notes", "", Optional.empty(),
                Optional.of("https://example.org/notes/edit/main/questions"), Optional.empty()));

        assertThat(render(site, "guide/ranking.html").select(".qd-edit a").eachAttr("href"))
                .containsExactly("https://example.org/notes/edit/main/questions/guide/ranking.md");
        assertThat(render(SampleSite.of(null), "search.html").select(".qd-edit")).isEmpty();
    }

    @Test
    void socialCardsCarryTitleDescriptionAndTheCanonicalUrl() {
        Document page = render(SampleSite.of("https://example.org/notes"), "guide/ranking.html");

        assertThat(page.select("meta[property=og:url]").attr("content"))
                .isEqualTo("https://example.org/notes/guide/ranking.html")
                .isEqualTo(page.select("link[rel=canonical]").attr("href"));
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Ranking · Interview Notes");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        Document search = render(SampleSite.of(null), "search.html");
        assertThat(search.select("meta[property=og:description], meta[name=twitter:description]").eachAttr("content"))
                .containsExactly("Indexes, ranking and the questions around them",
                        "Indexes, ranking and the questions around them");
        assertThat(search.select("meta[property=og:url]")).as("no base URL, no absolute URL").isEmpty();
    }

    /** The head's one inline script (the saved theme before first paint), whose CSP hash the README must give. */
    @Test
    void theOnlyInlineScriptIsTheThemesAndTheReadmeGivesItsHash() throws Exception {
        Document page = render(SampleSite.of(null), "search.html");

        Element script = page.selectFirst("head script:not([src])");
        assertThat(page.select("script:not([src])")).containsExactly(script);
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(script.data().getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(Corpus.projectRoot().resolve("README.md"))).contains("'sha256-" + hash + "'");
    }

    @Test
    void studyKeysIgnoreNumbersAndOrderButNotPageOrTitle() {
        Site before = new Site(SiteConfig.named("S"), List.of(page("a.md", "A", category("C",
                question(1, "Why cache?", answer("x")), question(2, "Why shard?", answer("y"))))));
        Site after = new Site(SiteConfig.named("S"), List.of(page("a.md", "A", category("Other",
                question(7, "Why shard?", answer("changed")), question(8, "Why  cache?", answer("x"))))));
        Site moved = new Site(SiteConfig.named("S"), List.of(page("b.md", "A", category("C",
                question(1, "Why cache?", answer("x"))))));

        Document one = render(before, "a.html");
        Document two = render(after, "a.html");
        assertThat(one.getElementById("1-why-cache").attr("data-qd-key"))
                .matches("[0-9a-f]{10}")
                .isEqualTo(two.getElementById("8-why--cache").attr("data-qd-key"))
                .isNotEqualTo(one.getElementById("2-why-shard").attr("data-qd-key"))
                .isNotEqualTo(render(moved, "b.html").getElementById("1-why-cache").attr("data-qd-key"));
        assertThat(one.getElementById("2-why-shard").attr("data-qd-key"))
                .isEqualTo(two.getElementById("7-why-shard").attr("data-qd-key"));
    }

    @Test
    void theHomePageListsTheStudyKeysOfEachCategory() {
        Site site = SampleSite.of(null);
        Document search = render(site, "search.html");
        Document home = render(site, "index.html");

        Element card = home.selectFirst(".qd-card");
        assertThat(card.select(".qd-card-categories li").eachAttr("data-qd-keys")).containsExactly(
                search.getElementById("1-what-is-an-inverted-index").attr("data-qd-key") + " "
                        + search.getElementById("2-why-tokenize-before-indexing").attr("data-qd-key"),
                search.getElementById("3-how-do-you-rebuild-an-index-without-downtime").attr("data-qd-key"));
        assertThat(card.attr("data-qd-keys")).as("no question outside a titled category").isEmpty();
    }
}
