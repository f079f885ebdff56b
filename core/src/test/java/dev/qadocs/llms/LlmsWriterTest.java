package dev.qadocs.llms;

import dev.qadocs.model.Callout;
import dev.qadocs.model.Site;
import dev.qadocs.render.SampleSite;
import dev.qadocs.testing.MemoryOutput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.qadocs.testing.ModelFixtures.answer;
import static dev.qadocs.testing.ModelFixtures.callout;
import static dev.qadocs.testing.ModelFixtures.category;
import static dev.qadocs.testing.ModelFixtures.glossary;
import static dev.qadocs.testing.ModelFixtures.page;
import static dev.qadocs.testing.ModelFixtures.passage;
import static dev.qadocs.testing.ModelFixtures.question;
import static dev.qadocs.testing.ModelFixtures.quickFire;
import static dev.qadocs.testing.ModelFixtures.reading;
import static dev.qadocs.testing.ModelFixtures.site;
import static org.assertj.core.api.Assertions.assertThat;

class LlmsWriterTest {

    private static MemoryOutput write(Site site) {
        MemoryOutput output = new MemoryOutput();
        new LlmsWriter().write(site, output);
        return output;
    }

    @Test
    void llmsTxtFollowsTheLlmstxtShapeAndDeepLinksEveryQuestion() {
        List<String> lines = write(SampleSite.of(null)).text("llms.txt").lines().toList();

        assertThat(lines.get(0)).isEqualTo("# Interview Notes");
        assertThat(lines).containsSubsequence(
                "> Short questions, careful answers.",
                "## Search systems",
                "- [Search systems](search.md): Indexes, ranking and the questions around them",
                "- [1. What is an inverted index?](search.html#1-what-is-an-inverted-index): A map from each term "
                        + "to the documents that hold it, so a query reads a few short lists instead of every document.",
                "- [2. Why tokenize before indexing?](search.html#2-why-tokenize-before-indexing)",
                "- [3. How do you rebuild an index without downtime?]"
                        + "(search.html#3-how-do-you-rebuild-an-index-without-downtime): Build the new one beside "
                        + "the old, then swap an alias.",
                "## Ranking",
                "- [Ranking](guide/ranking.md)");
        assertThat(lines.stream().filter(l -> l.startsWith("- ["))).hasSize(6);
        assertThat(lines.stream().filter(l -> l.startsWith("#"))).allMatch(l -> l.startsWith("# ") || l.startsWith("## "));
    }

    @Test
    void aBaseUrlMakesEveryLinkAbsolute() {
        String llms = write(SampleSite.of("https://example.org/notes")).text("llms.txt");

        assertThat(llms).contains("- [Ranking](https://example.org/notes/guide/ranking.md)",
                "(https://example.org/notes/guide/ranking.html#2-how-does-bm25-score-a-document)");
        assertThat(llms.lines().filter(l -> l.startsWith("- ["))).allMatch(l -> l.contains("](https://example.org/notes/"));
    }

    @Test
    void linkTextIsEscapedAndLongAnswersAreCutAtAWord() {
        String longAnswer = "word ".repeat(60).strip() + ".";
        Site site = site("S", page("p.md", "Arrays [and] lists",
                category("C", question(1, "What does a[i] cost?", answer(longAnswer)))));

        String llms = write(site).text("llms.txt");

        assertThat(llms).contains("- [Arrays \\[and\\] lists](p.md)");
        String item = llms.lines().filter(l -> l.startsWith("- [1.")).findFirst().orElseThrow();
        assertThat(item).startsWith("- [1. What does a\\[i\\] cost?](p.html#1-what-does-ai-cost): word word")
                .endsWith("word…");
        assertThat(item.substring(item.indexOf("): ") + 3)).hasSizeLessThanOrEqualTo(LlmsIndex.GIST_LENGTH + 1);
    }

    @Test
    void everyPageGetsAMarkdownTwinBesideItsHtml() {
        MemoryOutput output = write(SampleSite.of(null));

        assertThat(output.files().keySet()).containsExactly(
                "guide/ranking.md", "llms-full.txt", "llms.txt", "search.md");
        String twin = output.text("guide/ranking.md");
        assertThat(twin).startsWith("# Ranking\n\n## Scoring\n\n### 2. How does BM25 score a document?\n\n**Answer:**\n\n");
        assertThat(twin).contains("**Weak vs strong answers:**\n\n- **Weak:** it counts words.")
                .contains("Back to [the index](../search.md#1-what-is-an-inverted-index).")
                .doesNotContain("---");
    }

    @Test
    void twinsShowTypedSectionsAsCleanMarkdown() {
        Site site = site("S", page("guide/t.mdx", "Typed", "One line.", "Intro with [a link](other.mdx#x).",
                category("Things",
                        passage("Aside", "Not a question."),
                        question(4, "Q?",
                                answer("Yes."),
                                quickFire("Fast?", "Very.", "Multi\nline?", "Indeed\nso."),
                                reading("Paper", "https://example.org/p", "Book", null),
                                glossary("KV cache", "Keys and values kept between steps."),
                                callout(Callout.Type.DANGER, "Careful.\n\nVery careful.")))));

        String twin = write(site).text("guide/t.md");

        assertThat(twin).isEqualTo("""
                # Typed

                > One line.

                Intro with [a link](other.md#x).

                ## Things

                ### Aside

                Not a question.

                ### 4. Q?

                **Answer:**

                Yes.

                **Quick-fire:**

                - **Q:** Fast?
                  **A:** Very.
                - **Q:** Multi
                  line?
                  **A:** Indeed
                  so.

                **Further reading:**

                - [Paper](https://example.org/p)
                - Book

                **Glossary — KV cache:**

                Keys and values kept between steps.

                > [!CAUTION]
                > Careful.
                >
                > Very careful.
                """);
    }

    @Test
    void llmsFullHoldsEveryPageUnderTheSiteHeader() {
        MemoryOutput output = write(SampleSite.of(null));
        String full = output.text("llms-full.txt");

        assertThat(full).startsWith("# Interview Notes\n\n> Short questions, careful answers.\n\n# Search systems\n");
        assertThat(full).contains(output.text("search.md")).contains(output.text("guide/ranking.md"));
    }

    @Test
    void writingTwiceGivesTheSameBytes() {
        var first = write(SampleSite.of("https://example.org/")).files();
        var second = write(SampleSite.of("https://example.org/")).files();

        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
    }
}
