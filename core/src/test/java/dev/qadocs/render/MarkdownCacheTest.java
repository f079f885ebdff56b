package dev.qadocs.render;

import dev.qadocs.markdown.Markdown;
import dev.qadocs.model.Heading;
import dev.qadocs.model.Page;
import dev.qadocs.model.Site;
import dev.qadocs.model.SourcePosition;
import dev.qadocs.testing.MemoryOutput;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static dev.qadocs.testing.ModelFixtures.answer;
import static dev.qadocs.testing.ModelFixtures.category;
import static dev.qadocs.testing.ModelFixtures.page;
import static dev.qadocs.testing.ModelFixtures.question;
import static dev.qadocs.testing.ModelFixtures.quickFire;
import static dev.qadocs.testing.ModelFixtures.reading;
import static dev.qadocs.testing.ModelFixtures.site;
import static dev.qadocs.testing.ModelFixtures.withHeadings;
import static org.assertj.core.api.Assertions.assertThat;

class MarkdownCacheTest {

    private static final String TWO_STEPS = "##### Step\n\nfirst\n\n##### Step\n\nsecond";

    /** Hands out ids in order, like {@link HeadingIds}, and counts the questions. */
    private static final class Ids implements Function<String, Optional<String>> {
        private final ArrayDeque<String> left;
        private int asked;

        Ids(String... ids) {
            left = new ArrayDeque<>(List.of(ids));
        }

        @Override
        public Optional<String> apply(String text) {
            asked++;
            return Optional.ofNullable(left.poll());
        }
    }

    @Test
    void aRememberedSnippetIsTheHtmlMarkdownGivesAndAsksForTheSameIds() {
        MarkdownCache cache = new MarkdownCache();
        cache.toHtml(TWO_STEPS, new Ids("step", "step-1"));
        Ids again = new Ids("step", "step-1");
        Ids direct = new Ids("step", "step-1");

        assertThat(cache.toHtml(TWO_STEPS, again)).isEqualTo(Markdown.toHtml(TWO_STEPS, direct))
                .contains("id=\"step-1\"");
        assertThat(again.asked).isEqualTo(direct.asked).isEqualTo(2);
        assertThat(again.left).isEmpty();
    }

    @Test
    void theSameSnippetWithOtherHeadingIdsIsRenderedWithThoseIds() {
        MarkdownCache cache = new MarkdownCache();
        cache.toHtml(TWO_STEPS, new Ids("step", "step-1"));

        String other = cache.toHtml(TWO_STEPS, new Ids("step-2", "step-3"));

        assertThat(other).isEqualTo(Markdown.toHtml(TWO_STEPS, new Ids("step-2", "step-3")));
        assertThat(Jsoup.parseBodyFragment(other).select("h5").eachAttr("id")).containsExactly("step-2", "step-3");
        assertThat(cache.toHtml(TWO_STEPS, new Ids())).isEqualTo(Markdown.toHtml(TWO_STEPS));
    }

    @Test
    void inlineAndPlainFormsOfOneSnippetAreKeptApart() {
        MarkdownCache cache = new MarkdownCache();
        String markdown = "**bold** and `code`";

        assertThat(cache.toInlineHtml(markdown)).isEqualTo(Markdown.toInlineHtml(markdown));
        assertThat(cache.toPlainText(markdown)).isEqualTo(Markdown.toPlainText(markdown));
        assertThat(cache.toHtml(markdown, new Ids())).isEqualTo(Markdown.toHtml(markdown));
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
        return withHeadings(page("p.md", "P", category("Cat",
                        question(1, "Q", answer(TWO_STEPS), quickFire("Sorted?", "*Yes*."), reading("Docs", "https://example.org/")),
                        question(2, "R", answer(TWO_STEPS)),
                        question(3, "S", answer(edited)))),
                new Heading(5, "Step", "step", SourcePosition.of("p.md", 9)),
                new Heading(5, "Step", "step-1", SourcePosition.of("p.md", 13)),
                new Heading(5, "Step", "step-2", SourcePosition.of("p.md", 20)),
                new Heading(5, "Step", "step-3", SourcePosition.of("p.md", 24)));
    }
}
