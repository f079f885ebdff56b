package dev.qadocs.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.qadocs.testing.Corpus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** What may be linked, judged on the URL as a browser reads it, and Markdown that cannot stall or crash the parser. */
class UrlSafetyTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u0001javascript:alert(1)", "\u0000javascript:x", " \u001f javascript:x", "java\tscript:x",
            "java\nscript:x", "jav\rascript:x", "JAVASCRIPT:x", "data:text/html,x", "vbscript:x", "\tdata:x",
            "javascript:x\u0001"})
    void schemesThatRunCodeAreUnsafeHoweverTheyAreWrapped(String url) {
        assertThat(SafeUrls.isSafe(url)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/", "http://x.example", "mailto:a@b.example", "tel:+1", "rag.md",
            "../x/y.mdx#a", "/root/path", "#top", "?q=1", "//cdn.example/x", "java\u0000script:x", "a b:c"})
    void webMailTelAndRelativeUrlsAreSafe(String url) {
        assertThat(SafeUrls.isSafe(url)).isTrue();
    }

    @Test
    void theBrowserFormDropsWhatTheWhatwgParserDrops() {
        assertThat(SafeUrls.asBrowserReads("\u0001 https://x.example/a\tb\nc \u0000")).isEqualTo("https://x.example/abc");
        assertThat(SafeUrls.asBrowserReads("plain")).isEqualTo("plain");
    }

    @Test
    void rawHtmlLinksAndImagesLoseTargetsThatWouldRunCode() {
        Element body = Jsoup.parseBodyFragment(Markdown.toHtml(
                "<a href=\"&#1;javascript:alert(1)\">a</a> <a href=\"java&#9;script:alert(1)\">b</a> "
                        + "<img src=\"&#1;javascript:alert(1)\"> <a href=\"rag.md\">c</a>")).body();

        assertThat(body.select("a")).extracting(a -> a.attr("href")).containsExactly("", "", "rag.html");
        assertThat(body.select("img[src]")).isEmpty();
    }

    @Test
    void aTagStartFollowedByThousandsOfWordsRendersAsTextWithoutOverflowingTheStack() {
        String markdown = "See <span " + "word ".repeat(20_000) + "end.";

        String html = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Markdown.toHtml(markdown));

        assertThat(Jsoup.parseBodyFragment(html).body().text()).startsWith("See <span word word").endsWith("end.");
        assertThat(Markdown.rewriteLinks(markdown + " [x](a.mdx)", PageLinks::toMarkdown)).endsWith("[x](a.md)");
    }

    @Test
    void tagsOfOrdinaryLengthAreLeftAlone() {
        String text = "<span title=\"" + "many words ".repeat(500) + "\" class=\"x\">y</span>";

        assertThat(LongTags.defuse(text, "&lt;")).isSameAs(text);
        assertThat(LongTags.defuse("<a " + "b ".repeat(LongTags.MAX_ATTRIBUTES + 1) + ">", "&lt;")).startsWith("&lt;a ");
    }

    @Test
    void tenThousandLinksInOneParagraphTakeLinearTime() {
        String markdown = "[l](p.md#c) ".repeat(10_000);

        String html = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Markdown.toHtml(markdown));

        assertThat(Jsoup.parseBodyFragment(html).select("a[href=p.html#c]")).hasSize(10_000);
    }

    /** The linear inline parser is Flexmark's with two methods changed: on real pages it must say the same. */
    @Test
    void theLinearInlineParserRendersTheCorpusExactlyAsFlexmarkDoes() throws IOException {
        MutableDataSet options = new MutableDataSet();
        Parser stock = Parser.builder(options).build();
        Parser linear = LinearInlineParser.parser(options);
        HtmlRenderer renderer = HtmlRenderer.builder(options).build();
        List<Path> pages;
        try (Stream<Path> files = Stream.concat(Files.list(Corpus.mintlify()),
                Files.list(Corpus.shared("corpus/wild")))) {
            pages = files.filter(p -> p.toString().matches(".*\\.mdx?")).toList();
        }
        assertThat(pages).hasSizeGreaterThan(5);
        List<String> texts = new java.util.ArrayList<>(List.of(
                "[a][ref] and [b] <span class=\"x\">y</span> `code` *em* **strong** <http://x.example>\n\n"
                        + "[ref]: r.mdx \"t\"\n[b]: <b.md> 'u'\n"));
        for (Path page : pages) {
            texts.add(Files.readString(page));
        }
        for (String text : texts) {
            assertThat(renderer.render(linear.parse(text))).isEqualTo(renderer.render(stock.parse(text)));
        }
    }
}
