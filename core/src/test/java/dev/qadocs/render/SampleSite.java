package dev.qadocs.render;

import dev.qadocs.model.Callout;
import dev.qadocs.model.SectionKind;
import dev.qadocs.model.Site;

import static dev.qadocs.testing.ModelFixtures.answer;
import static dev.qadocs.testing.ModelFixtures.callout;
import static dev.qadocs.testing.ModelFixtures.category;
import static dev.qadocs.testing.ModelFixtures.categoryWithIntro;
import static dev.qadocs.testing.ModelFixtures.config;
import static dev.qadocs.testing.ModelFixtures.glossary;
import static dev.qadocs.testing.ModelFixtures.page;
import static dev.qadocs.testing.ModelFixtures.passage;
import static dev.qadocs.testing.ModelFixtures.prose;
import static dev.qadocs.testing.ModelFixtures.question;
import static dev.qadocs.testing.ModelFixtures.quickFire;
import static dev.qadocs.testing.ModelFixtures.reading;

/** A small two-page site using every kind of section, one page in a subfolder. Text written for these tests. */
public final class SampleSite {

    private SampleSite() {
    }

    public static Site of(String baseUrl) {
        return new Site(config("Interview Notes", "Short questions, careful answers.", baseUrl), java.util.List.of(
                page("search.md", "Search systems", "Indexes, ranking and the questions around them",
                        "Read the questions in order, or jump to one from the sidebar.",
                        categoryWithIntro("Indexing", "How documents become searchable.",
                                question(1, "What is an inverted index?",
                                        answer("""
                                                A map from each **term** to the documents that hold it, so a query
                                                reads a few short lists instead of every document.

                                                ```java
                                                Map<String, List<Integer>> postings = new TreeMap<>();
                                                ```

                                                See [ranking](guide/ranking.md#2-how-does-bm25-score-a-document) next."""),
                                        prose(SectionKind.WHAT_IS_TESTED, "Whether you can explain *why* lookups are fast."),
                                        prose(SectionKind.RED_FLAG, "Saying it is a hash map of whole documents."),
                                        quickFire("Is it sorted?", "Usually, per term.", "Stored where?", "On disk, memory-mapped."),
                                        reading("Postings lists explained", "https://example.org/postings",
                                                "A book chapter without a link", null)),
                                question(2, "Why tokenize before indexing?",
                                        answer("""
                                                | Step | Example |
                                                |------|---------|
                                                | lowercase | `Cat` → `cat` |
                                                | stem | `running` → `run` |

                                                > [!TIP]
                                                > Use the same analyzer at index and query time."""),
                                        glossary("Analyzer", "The chain of tokenizer and filters that turns text into terms."))),
                        category("Operations",
                                passage("A worked example", "Sizing an index for a million short documents."),
                                question(3, "How do you rebuild an index without downtime?",
                                        answer("Build the new one beside the old, then <a id=\"alias-swap\"></a>swap an alias."),
                                        callout(Callout.Type.WARNING, "Deleting the old index first loses queries."),
                                        prose(SectionKind.FOLLOW_UPS, "- What if the build fails halfway?\n- How long can both live?"),
                                        prose(SectionKind.ANSWER_TEMPLATE, "1. State the goal\n2. Describe the swap\n3. Name the risk"),
                                        answer("```mermaid\ngraph LR\n  A[old] --> B[new]\n```")))),
                page("guide/ranking.md", "Ranking", "", "",
                        category("Scoring",
                                question(2, "How does BM25 score a document?",
                                        answer("It sums, per query term, an IDF weight times a saturated term frequency."),
                                        prose(SectionKind.REAL_WORLD_EXAMPLE, "A shop search ranks exact titles first."),
                                        prose(SectionKind.WEAK_VS_STRONG, "- **Weak:** it counts words.\n- **Strong:** it saturates counts and normalises length."),
                                        prose(SectionKind.FOLLOW_UP_CHAIN, "- **Cost:** cheap, no training."),
                                        prose(SectionKind.GENERIC, "Back to [the index](../search.md#1-what-is-an-inverted-index)."))))));
    }
}
