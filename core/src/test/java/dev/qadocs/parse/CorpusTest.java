package dev.qadocs.parse;

import dev.qadocs.load.SourceFile;
import dev.qadocs.model.Category;
import dev.qadocs.model.Entry;
import dev.qadocs.model.FurtherReading;
import dev.qadocs.model.GlossaryTerm;
import dev.qadocs.model.Link;
import dev.qadocs.model.Page;
import dev.qadocs.model.Passage;
import dev.qadocs.model.Question;
import dev.qadocs.model.QuickFire;
import dev.qadocs.model.Section;
import dev.qadocs.model.SectionKind;
import dev.qadocs.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The real-world Mintlify pages in the shared corpus (read at test time, never copied into the project). */
class CorpusTest {

    private static final Pattern ACCORDION_TITLE = Pattern.compile("^\\s*<Accordion\\s+title=\"([^\"]*)\"");
    private static final int WORDS = 6;

    @Test
    void llmAiHasFiveCategoriesOfFiftyNumberedQuestions() {
        ParseResult result = parse("llm-ai.mdx");
        Page page = result.page().orElseThrow();

        assertThat(result.diagnostics()).isEmpty();
        assertThat(page.categories()).hasSize(5).allSatisfy(c -> assertThat(c.questions()).hasSize(10));
        assertThat(page.questions()).extracting(q -> q.number().orElse(-1))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());
        assertThat(page.questions().stream().flatMap(q -> q.sections(QuickFire.class).stream())
                .mapToInt(s -> s.pairs().size()).sum()).isEqualTo(75);
    }

    @Test
    void llmAiTypedSectionsAppearWhereTheFileHasThem() {
        String source = read("llm-ai.mdx");
        Page page = parse("llm-ai.mdx").page().orElseThrow();

        assertThat(sections(page, FurtherReading.class)).hasSize(count(source, "**Further Reading:**"))
                .allSatisfy(s -> assertThat(s.references()).isNotEmpty()
                        .allSatisfy(r -> r.url().ifPresent(url -> assertThat(url).startsWith("https://"))));
        assertThat(sections(page, GlossaryTerm.class)).hasSize(count(source, "**Big Word Alert"))
                .allSatisfy(s -> assertThat(s.term()).isNotBlank().doesNotContain("`"));
        assertThat(page.questions().stream().flatMap(q -> q.sections().stream())
                .filter(s -> s.kind() == SectionKind.ANSWER_TEMPLATE)).hasSize(count(source, "**Structured Answer Template"));
        Question first = page.questions().get(0);
        assertThat(first.sections(FurtherReading.class).get(0).references().get(0).url())
                .hasValueSatisfying(url -> assertThat(url).matches("https://arxiv\\.org/abs/\\d+\\.\\d+"));
    }

    @Test
    void reactHas68QuestionsAndNothingFromCodeFences() {
        ParseResult result = parse("react.mdx");
        Page page = result.page().orElseThrow();

        assertThat(result.diagnostics()).isEmpty();
        assertThat(page.questions()).hasSize(68);
        assertThat(page.questions()).extracting(q -> q.number().orElse(-1))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 68).boxed().toList());
        assertThat(page.categories()).flatExtracting(Category::entries).allMatch(Question.class::isInstance);
        // Code examples hold <Tabs>, <Route>, <Suspense>: they stay code, inside the answers, verbatim.
        assertThat(page.questions().get(14).sections().get(0).markdown())
                .contains("<Tabs defaultIndex={0}>", "</Tabs>", "```");
    }

    @Test
    void frontendEngineeringKeepsAllFortyAccordions() {
        ParseResult result = parse("frontend-engineering.mdx");
        Page page = result.page().orElseThrow();

        assertThat(result.diagnostics()).isEmpty();
        List<String> accordions = accordionTitles(read("frontend-engineering.mdx"));
        assertThat(accordions).hasSize(40);
        assertThat(entryTitles(page)).containsAll(accordions);
        List<String> walkthroughs = page.questions().stream()
                .filter(q -> q.title().equals("Full System Design Walkthrough")).map(Question::id).toList();
        assertThat(walkthroughs).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void everyAccordionOfTheCorpusIsRepresented() {
        int represented = 0;
        int written = 0;
        for (String file : List.of("llm-ai.mdx", "react.mdx", "frontend-engineering.mdx")) {
            List<String> titles = accordionTitles(read(file));
            List<String> model = entryTitles(parse(file).page().orElseThrow());
            written += titles.size();
            represented += (int) titles.stream().filter(model::remove).count();
        }
        assertThat(written).isEqualTo(158);
        assertThat(represented).isEqualTo(written);
    }

    @Test
    void rootRelativeLinksAreReportedWhereTheyAreWritten() {
        String[] source = read("frontend-engineering.mdx").split("\n", -1);
        List<Link> rootRelative = parse("frontend-engineering.mdx").page().orElseThrow().links().stream()
                .filter(l -> l.target().startsWith("/")).toList();

        assertThat(rootRelative).hasSize(10);
        assertThat(rootRelative.stream().map(l -> l.position().line()).distinct()).hasSize(9);
        assertThat(rootRelative).filteredOn(l -> l.position().line() == 1535).hasSize(2);
        assertThat(rootRelative).allSatisfy(link -> {
            String line = source[link.position().line() - 1];
            assertThat(line.substring(link.position().column() - 1))
                    .startsWith("[" + link.text() + "](" + link.target() + ")");
        });
    }

    /** Every run of six words in the body (markup ignored) is somewhere in the model's titles, labels and Markdown. */
    @ParameterizedTest
    @ValueSource(strings = {"llm-ai.mdx", "react.mdx", "frontend-engineering.mdx"})
    void nothingIsLost(String file) {
        Set<String> model = shingles(words(modelText(parse(file).page().orElseThrow())));
        List<String> missing = new ArrayList<>();
        String body = read(file).replaceFirst("(?s)^---\n.*?\n---\n", "");
        for (String line : body.split("\n")) {
            Matcher accordion = ACCORDION_TITLE.matcher(line);
            String text = accordion.find() ? accordion.group(1) : line.strip().matches("</?[A-Z].*") ? "" : line;
            List<String> words = words(text);
            for (int i = 0; i + WORDS <= words.size(); i++) {
                String run = String.join(" ", words.subList(i, i + WORDS));
                if (!model.contains(run)) {
                    missing.add(run);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void parsingInParallelGivesTheSamePages() {
        List<String> files = List.of("llm-ai.mdx", "react.mdx", "frontend-engineering.mdx", "llm-ai.mdx", "react.mdx");
        List<Page> sequential = files.stream().map(f -> parse(f).page().orElseThrow()).toList();
        List<Page> parallel = files.parallelStream().map(f -> parse(f).page().orElseThrow()).toList();

        assertThat(parallel).isEqualTo(sequential);
    }

    private static ParseResult parse(String file) {
        return new PageParser().parse(new SourceFile(file, read(file)));
    }

    private static String read(String file) {
        try {
            return Files.readString(Corpus.mintlify(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }

    private static <S extends Section> List<S> sections(Page page, Class<S> type) {
        return page.questions().stream().flatMap(q -> q.sections(type).stream()).toList();
    }

    private static List<String> accordionTitles(String source) {
        List<String> titles = new ArrayList<>();
        for (String line : source.split("\n")) {
            Matcher m = ACCORDION_TITLE.matcher(line);
            if (m.find()) {
                titles.add(m.group(1));
            }
        }
        return titles;
    }

    /** Question and passage titles, and the summaries of nested {@code <details>}: where an accordion can end up. */
    private static List<String> entryTitles(Page page) {
        List<String> titles = new ArrayList<>();
        for (Category category : page.categories()) {
            for (Entry entry : category.entries()) {
                titles.add(entry instanceof Question q ? q.displayTitle() : ((Passage) entry).title());
            }
        }
        Matcher summary = Pattern.compile("<summary>(.*?)</summary>").matcher(modelText(page));
        while (summary.find()) {
            titles.add(summary.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        }
        return titles;
    }

    private static String modelText(Page page) {
        StringBuilder text = new StringBuilder(page.meta().title()).append('\n').append(page.meta().description())
                .append('\n').append(page.intro()).append('\n');
        for (Category category : page.categories()) {
            text.append(category.title()).append('\n').append(category.intro()).append('\n');
            for (Entry entry : category.entries()) {
                if (entry instanceof Question q) {
                    text.append(q.displayTitle()).append('\n');
                    q.sections().forEach(s -> text.append(s.label()).append('\n').append(s.markdown()).append('\n'));
                } else if (entry instanceof Passage p) {
                    text.append(p.title()).append('\n').append(p.markdown()).append('\n');
                }
            }
        }
        return text.toString();
    }

    /** Words without Markdown markup, so "**Answer:** x" in the source matches label "Answer" plus body "x". */
    private static List<String> words(String text) {
        String plain = text.replaceAll("\\]\\([^)]*\\)", " ").replaceAll("[*_`#>|\\[\\]:]", " ").toLowerCase();
        List<String> words = new ArrayList<>();
        for (String word : plain.split("\\s+")) {
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        return words;
    }

    private static Set<String> shingles(List<String> words) {
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + WORDS <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + WORDS)));
        }
        return shingles;
    }
}
