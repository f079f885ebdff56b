package dev.qadocs.pipeline;

import dev.qadocs.testing.Corpus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three real Mintlify pages built as one site through the whole pipeline, judged on the output a reader and
 * an LLM get: every accordion a collapsible block with its title, and no sentence of the source missing.
 */
class CorpusSiteTest {

    private static final List<String> FILES = List.of("llm-ai.mdx", "react.mdx", "frontend-engineering.mdx");
    private static final Pattern ACCORDION = Pattern.compile("<Accordion\\s+title=(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:\\d+[.)]|[-*+])\\s+");
    private static final Pattern PAIR_MARKER = Pattern.compile("\\*\\*[QA]:\\*\\*|(?m)^- \\*\\*Q:\\*\\*|\\*\\*A:\\*\\*");
    /** A URL is a link target on the page, not words of it; bare "arxiv.org/abs/…" references become links. */
    private static final Pattern URL = Pattern.compile("(?:https?://)?[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,}(?:/[^\\s)\\]]*)?");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^>]*>");
    private static final Pattern LINK_TARGET = Pattern.compile("]\\([^)]*\\)");
    private static final int RUN = 6;

    @TempDir
    static Path work;

    private static PipelineResult result;

    @BeforeAll
    static void build() throws Exception {
        Path content = Files.createDirectories(work.resolve("content"));
        for (String file : FILES) {
            Files.copy(Corpus.mintlify(file), content.resolve(file));
        }
        // The frontend page links to chapters that are not in the corpus; here we judge rendering, not links.
        PipelineOptions options = PipelineOptions.of(content, work.resolve("site"))
                .withValidation(new dev.qadocs.validate.ValidationConfig(
                        java.util.Map.of("broken-link", dev.qadocs.diagnostic.Severity.OFF), false));
        result = new SiteBuilder().build(options);
    }

    @Test
    void buildsEveryPageWithoutErrors() {
        assertThat(result.site().pages()).hasSize(3);
        assertThat(result.errorCount()).isZero();
        assertThat(result.times().byStage()).containsKeys(Stage.values());
    }

    @ParameterizedTest
    @ValueSource(strings = {"llm-ai.mdx", "react.mdx", "frontend-engineering.mdx"})
    void everyAccordionIsACollapsibleBlockWithItsTitle(String file) throws IOException {
        Document page = page(file);
        List<String> summaries = page.select("details > summary").eachText();
        List<String> titles = accordionTitles(Files.readString(Corpus.mintlify(file)));
        assertThat(titles).isNotEmpty();
        for (String title : titles) {
            String plain = Parser.unescapeEntities(title.replace("`", ""), false);
            assertThat(summaries).as("summary for accordion '%s'", title)
                    .anyMatch(s -> s.replace("`", "").contains(plain));
        }
    }

    @Test
    void all158AccordionsBecomeDetails() throws IOException {
        int accordions = 0;
        int details = 0;
        for (String file : FILES) {
            accordions += accordionTitles(Files.readString(Corpus.mintlify(file))).size();
            details += page(file).select("main details").size();
        }
        assertThat(accordions).isEqualTo(158);
        assertThat(details).isGreaterThanOrEqualTo(158);
    }

    @ParameterizedTest
    @ValueSource(strings = {"llm-ai.mdx", "react.mdx", "frontend-engineering.mdx"})
    void noSentenceOfTheSourceIsLostInTheHtmlOrTheMarkdownTwin(String file) throws IOException {
        Set<String> html = runs(words(page(file).select("main").text()));
        String twin = LINK_TARGET.matcher(Files.readString(output(file, ".md"))).replaceAll("]");
        Set<String> markdown = runs(words(Parser.unescapeEntities(twin, false)));
        String body = Files.readString(Corpus.mintlify(file)).replaceFirst("(?s)^---\n.*?\n---\n", "");
        List<String> missingInHtml = new ArrayList<>();
        List<String> missingInMarkdown = new ArrayList<>();
        boolean fenced = false;
        for (String line : body.split("\n")) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
            }
            Matcher accordion = ACCORDION.matcher(line);
            String text = fenced ? line
                    : accordion.find() ? title(accordion) : line.strip().matches("</?[A-Z].*") ? "" : line;
            // List numbers and bullets are structure: HTML shows them as <ol>/<ul>, not as words.
            // Quick-fire "Q:"/"A:" markers become a definition list in HTML.
            String prose = PAIR_MARKER.matcher(LIST_MARKER.matcher(text).replaceFirst("")).replaceAll("");
            List<String> words = words(fenced ? line : visibleText(prose));
            for (int i = 0; i + RUN <= words.size(); i++) {
                String run = String.join(" ", words.subList(i, i + RUN));
                if (!html.contains(run)) {
                    missingInHtml.add(run);
                }
                if (!markdown.contains(run)) {
                    missingInMarkdown.add(run);
                }
            }
        }
        assertThat(missingInMarkdown).as("missing in the Markdown twin").isEmpty();
        assertThat(missingInHtml).as("missing in the HTML page").isEmpty();
    }

    /** What a reader sees of a source line: inline code as written, raw HTML tags gone, entities decoded. */
    private static String visibleText(String line) {
        String[] parts = line.split("`", -1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String prose = LINK_TARGET.matcher(parts[i]).replaceAll("]");
            text.append(i % 2 == 1 ? parts[i] : HTML_TAG.matcher(prose).replaceAll(" ")).append(' ');
        }
        return Parser.unescapeEntities(text.toString(), false);
    }

    private static Document page(String file) throws IOException {
        return Jsoup.parse(output(file, ".html").toFile());
    }

    private static Path output(String file, String extension) {
        return work.resolve("site").resolve(file.replace(".mdx", extension));
    }

    private static List<String> accordionTitles(String source) {
        List<String> titles = new ArrayList<>();
        boolean fenced = false;
        for (String line : source.split("\n")) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
            }
            Matcher m = ACCORDION.matcher(line);
            if (!fenced && m.find()) {
                titles.add(title(m));
            }
        }
        return titles;
    }

    private static String title(Matcher accordion) {
        return accordion.group(1) != null ? accordion.group(1) : accordion.group(2);
    }

    /** Words only: markup, punctuation and escaping differ between source, HTML and Markdown, the words must not. */
    private static List<String> words(String text) {
        String letters = URL.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return letters.isEmpty() ? List.of() : Arrays.asList(letters.split(" "));
    }

    private static Set<String> runs(List<String> words) {
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return runs;
    }
}
