package dev.qadocs.markdown;

import dev.qadocs.testing.Corpus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Build-time highlighting: the right words coloured per language, and never a character of the code changed. */
class CodeHighlighterTest {

    private static Element code(String language, String source) {
        String html = Markdown.toHtml("```" + language + "\n" + source + "\n```");
        return Jsoup.parseBodyFragment(html).body().selectFirst("pre > code");
    }

    private static List<String> tokens(Element code, String kind) {
        return code.select("span.tk-" + kind).eachText();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "js | const total = sum(1, 2); // add | const | sum | 1 | // add",
            "python | def area(r):  # circle | def | area | '' | # circle",
            "java | public int size() { return 42; } /* n */ | public | size | 42 | /* n */",
            "go | func main() { x := 0x1F } | func | main | 0x1F | ''",
            "sql | SELECT name FROM users -- all | SELECT | '' | '' | -- all",
            "bash | echo $HOME # home | echo | '' | '' | # home"})
    void coloursKeywordsFunctionsNumbersAndComments(String language, String source, String keyword, String function,
                                                    String number, String comment) {
        Element code = code(language, source);

        assertThat(tokens(code, "k")).contains(keyword);
        if (!function.isEmpty()) {
            assertThat(tokens(code, "f")).contains(function);
        }
        if (!number.isEmpty()) {
            assertThat(tokens(code, "n")).contains(number);
        }
        if (!comment.isEmpty()) {
            assertThat(tokens(code, "c")).containsExactly(comment);
        }
        assertThat(code.wholeText()).isEqualTo(source + "\n");
    }

    @Test
    void stringsHideTheKeywordsAndCommentMarkersInside() {
        Element code = code("python", "s = \"if # not a comment\"");

        assertThat(tokens(code, "s")).containsExactly("\"if # not a comment\"");
        assertThat(tokens(code, "k")).isEmpty();
        assertThat(tokens(code, "c")).isEmpty();
    }

    @Test
    void markupLanguagesColourTagsAttributesAndKeys() {
        assertThat(tokens(code("html", "<a href=\"x\">y</a>"), "t")).containsExactly("<a", ">", "</a", ">");
        assertThat(tokens(code("html", "<a href=\"x\">y</a>"), "a")).containsExactly("href");
        assertThat(tokens(code("jsx", "return <Button onClick={go}>Go</Button>;"), "t")).contains("<Button", "</Button");
        assertThat(tokens(code("yaml", "name: web\nreplicas: 3"), "a")).containsExactly("name", "replicas");
        assertThat(tokens(code("json", "{\"a\": \"b\", \"n\": true}"), "a")).containsExactly("\"a\"", "\"n\"");
        assertThat(tokens(code("css", ".box { color: red; }"), "a")).containsExactly("color");
    }

    @Test
    void unknownLanguagesAndTextStayPlain() {
        assertThat(code("text", "if x then y").children()).isEmpty();
        assertThat(code("brainfuck", "+++[>+<-]").children()).isEmpty();
    }

    @Test
    void highlightedCodeEscapesWhatItShows() {
        String html = Markdown.toHtml("```js\nconst s = \"</script><img src=x onerror=alert(1)>\";\n```");

        assertThat(html).doesNotContain("<script").doesNotContain("<img");
        assertThat(Jsoup.parseBodyFragment(html).select("span.tk-s").text()).contains("</script>");
    }

    /**
     * Every code block of the shared corpus, highlighted, keeps its text to the character, and most get colour
     * (text and console transcripts may stay plain).
     */
    @Test
    void everyCorpusCodeBlockKeepsItsTextAndTheCommonLanguagesGetColour() throws IOException {
        Path corpus = Corpus.projectRoot().resolveSibling("shared").resolve("corpus");
        int blocks = 0;
        int coloured = 0;
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(p -> p.toString().matches(".*\\.mdx?$")).toList()) {
                for (Element found : Jsoup.parseBodyFragment(Markdown.toHtml(Files.readString(file)))
                        .select("pre > code[class^=language-]")) {
                    String language = found.className().substring("language-".length());
                    String source = found.wholeText();
                    Element code = Jsoup.parseBodyFragment(Markdown.toHtml("~~~~~~~~" + language + "\n" + source
                            + "~~~~~~~~")).body().selectFirst("pre > code");
                    blocks++;
                    assertThat(code.wholeText()).as(file + " " + language).isEqualTo(source);
                    if (!code.select("span[class^=tk-]").isEmpty()) {
                        coloured++;
                    }
                }
            }
        }
        assertThat(blocks).isGreaterThan(1000);
        assertThat(coloured).isGreaterThan(blocks * 9 / 10);
    }
}
