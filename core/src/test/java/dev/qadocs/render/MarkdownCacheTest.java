package dev.qadocs.render;

import dev.qadocs.markdown.Markdown;
import dev.qadocs.model.Page;
import dev.qadocs.model.Site;
import dev.qadocs.testing.MemoryOutput;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.qadocs.testing.ModelFixtures.answer;
import static dev.qadocs.testing.ModelFixtures.category;
import static dev.qadocs.testing.ModelFixtures.page;
import static dev.qadocs.testing.ModelFixtures.question;
import static dev.qadocs.testing.ModelFixtures.quickFire;
import static dev.qadocs.testing.ModelFixtures.reading;
import static dev.qadocs.testing.ModelFixtures.site;
import static org.assertj.core.api.Assertions.assertThat;

class MarkdownCacheTest {

    private static final String TWO_STEPS = "##### Step\n\nfirst\n\n##### Step\n\nsecond";

    @Test
    void aRememberedSnippetIsTheHtmlMarkdownGives() {
        MarkdownCache cache = new MarkdownCache();
        List<String> ids = List.of("step", "step-1");
        cache.toHtml(TWO_STEPS, ids);

        assertThat(cache.toHtml(TWO_STEPS, ids)).isEqualTo(Markdown.toHtml(TWO_STEPS, ids)).contains("id=\"step-1\"");
    }

    @Test
    void theSameSnippetWithOtherHeadingIdsIsRenderedWithThoseIds() {
        MarkdownCache cache = new MarkdownCache();
        cache.toHtml(TWO_STEPS, List.of("step", "step-1"));

        String other = cache.toHtml(TWO_STEPS, List.of("step-2", "step-3"));

        assertThat(other).isEqualTo(Markdown.toHtml(TWO_STEPS, List.of("step-2", "step-3")));
        assertThat(Jsoup.parseBodyFragment(other).select("h5").eachAttr("id")).containsExactly("step-2", "step-3");
        assertThat(cache.toHtml(TWO_STEPS, List.of())).isEqualTo(Markdown.toHtml(TWO_STEPS));
    }

    @Test
    void inlineAndPlainFormsOfOneSnippetAreKeptApart() {
        MarkdownCache cache = new MarkdownCache();
        String markdown = "**bold** and `code`";

        assertThat(cache.toInlineHtml(markdown)).isEqualTo(Markdown.toInlineHtml(markdown));
        assertThat(cache.toPlainText(markdown)).isEqualTo(Markdown.toPlainText(markdown));
        assertThat(cache.toHtml(markdown, List.of())).isEqualTo(Markdown.toHtml(markdown));
        assertThat(cache.toInlineHtml(markdown)).isEqualTo(Markdown.toInlineHtml(markdown));
    }

    @Test
    void moreSnippetsThanItKeepsStillRenderCorrectly() {
        MarkdownCache cache = new MarkdownCache();
        for (int i = 0; i <= MarkdownCache.CAPACITY; i++) {
            cache.toPlainText("snippet " + i);
        }

        assertThat(cache.toPlainText("snippet 0")).isEqualTo("snippet 0");
        assertThat(cache.toPlainText("snippet " + MarkdownCache.CAPACITY)).isEqualTo("snippet " + MarkdownCache.CAPACITY);
    }

    @Test
    void aPageEditedAfterARenderRendersAsAFreshRendererWouldRenderIt() {
        Site before = site("S", stepsPage("An answer."));
        Site after = site("S", stepsPage("An answer, edited."));
        SiteRenderer warm = new SiteRenderer(Optional.empty());
        warm.render(before, new MemoryOutput());

        MemoryOutput incremental = new MemoryOutput();
        warm.renderPage(after, after.pages().get(0), incremental);
        MemoryOutput fresh = new MemoryOutput();
        new SiteRenderer(Optional.empty()).renderPage(after, after.pages().get(0), fresh);

        assertThat(incremental.text("p.html")).isEqualTo(fresh.text("p.html")).contains("An answer, edited.");
        assertThat(Jsoup.parse(incremental.text("p.html")).select(".qd-answer h5").eachAttr("id"))
                .containsExactly("step", "step-1", "step-2", "step-3");
    }

    /** Two questions with the very same answer: one snippet that must get other heading ids the second time. */
    private static Page stepsPage(String edited) {
        return page("p.md", "P", category("Cat",
                question(1, "Q", answer(TWO_STEPS, "step", "step-1"), quickFire("Sorted?", "*Yes*."),
                        reading("Docs", "https://example.org/")),
                question(2, "R", answer(TWO_STEPS, "step-2", "step-3")),
                question(3, "S", answer(edited))));
    }
}
