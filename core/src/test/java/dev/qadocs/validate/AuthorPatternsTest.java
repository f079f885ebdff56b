package dev.qadocs.validate;

import dev.qadocs.load.SourceFile;
import dev.qadocs.model.Page;
import dev.qadocs.parse.PageParser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.qadocs.validate.PageBuilder.site;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shapes published Q&amp;A pages use that a reader finds fine, parsed and checked end to end: each gives no
 * finding, and the real mistake next to it still does. Written in our own words after the patterns of issue 11.
 */
class AuthorPatternsTest {

    private static List<String> check(String path, String... lines) {
        Page page = new PageParser().parse(new SourceFile(path, "---\ntitle: T\n---\n" + String.join("\n", lines)
                + "\n")).page().orElseThrow();
        return Validation.findings(site(page));
    }

    @Test
    void anAnswerUnderALabelNamingItIsAnAnswer() {
        assertThat(check("a.mdx",
                "<AccordionGroup>",
                "<Accordion title=\"1. Why do caches go stale?\">",
                "**What they're really testing:** Whether you know invalidation.",
                "",
                "**How I would answer:** Entries outlive the data they copy.",
                "</Accordion>",
                "<Accordion title=\"2. When is a cache worth it?\">",
                "**What they're really testing:** Cost sense.",
                "",
                "**Red flag answer:** Always.",
                "</Accordion>",
                "</AccordionGroup>")).containsExactly("a.mdx:10:1 missing-answer");
    }

    @Test
    void aLabelFollowedAtOnceByANoteIsNotEmptyWhenItsTextComesAfterTheNote() {
        assertThat(check("a.md",
                "### 1. Why do caches go stale?",
                "**Answer**:",
                "",
                "**What interviewers are really testing:** Whether you can name the failure.",
                "",
                "- Expiry leaves a window",
                "",
                "### 2. When is a cache worth it?",
                "**Answer**:",
                "",
                "**What interviewers are really testing:** Cost sense.",
                "",
                "**Red flag answer:** Always.")).containsExactly("a.md:12:1 empty-section");
    }

    @Test
    void aLabelThatIsAQuestionTitlesItsAnswer() {
        assertThat(check("a.md",
                "### 1. Why do caches go stale?",
                "**Answer:** Entries outlive their data.",
                "",
                "**Follow-up: How does team structure shape the cache layers?**",
                "",
                "Each team adds its own layer.",
                "",
                "**Going Deeper: Why do two layers disagree?**",
                "**Follow-up questions:**",
                "**Follow-up: What does a miss cost?**",
                "A trip to the database.",
                "**Follow-up questions to expect:**",
                "- What does it cost?",
                "**Red flag answer:**",
                "**Further reading:** none")).containsExactly("a.md:17:1 empty-section");
    }

    @Test
    void numberingThatRestartsPerCategoryIsNotDuplicated() {
        assertThat(check("a.md",
                "## Prompting",
                "### 1. What is a system prompt?", "It frames the model.",
                "### 2. What is few-shot prompting?", "Examples in the prompt.",
                "## Classical ML",
                "### 1. What is overfitting?", "Memorising noise.",
                "### 2. What is a validation set?", "Held-out data.",
                "### 2. What is regularisation?", "A penalty on size."))
                .containsExactly("a.md:14:1 duplicate-number");
    }

    @Test
    void aCaseStudyWithHeadingsInsideIsReadAsItsParts() {
        assertThat(check("a.mdx",
                "## Incidents",
                "<AccordionGroup>",
                "<Accordion title=\"Case study: the night the cache died\">",
                "**Severity:** one, for two hours.",
                "",
                "### Timeline",
                "#### Before midnight",
                "Reads timed out.",
                "### Severity Classification",
                "<Warning>",
                "Customer-facing.",
                "</Warning>",
                "### Lessons Learned",
                "- Warm caches before a deploy",
                "### Discussion Questions",
                "**Follow-up questions:**",
                "- What would you change first?",
                "</Accordion>",
                "</AccordionGroup>")).isEmpty();
    }

    @Test
    void aPlaceholderWhereTheAnswerShouldBeIsReported() {
        assertThat(check("a.md",
                "### 1. Why do caches go stale?",
                "Answer here",
                "",
                "### 2. When is a cache worth it?",
                "When reads repeat.")).containsExactly("a.md:4:1 missing-answer");
    }
}
