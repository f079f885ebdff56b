package dev.qadocs.parse;

import dev.qadocs.model.Heading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.qadocs.parse.Pages.lines;
import static dev.qadocs.parse.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;

/** Anchor ids must equal GitHub's, or links written for GitHub break on the site. */
class SluggerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "22. How does LoRA work?|22-how-does-lora-work",
            "LLM & AI Systems|llm--ai-systems",
            "Airbnb's Design -- From Chaos|airbnbs-design----from-chaos",
            "snake_case and kebab-case|snake_case-and-kebab-case",
            "Ünïcode Straße 日本|ünïcode-straße-日本",
            "'  two  spaces '|'--two--spaces-'",
    })
    void followsGitHubRules(String text, String id) {
        assertThat(Slugger.slug(text)).isEqualTo(id);
    }

    @Test
    void repeatsAreNumberedAndNeverCollideWithWrittenSuffixes() {
        Slugger slugger = new Slugger();

        assertThat(slugger.unique("Intro")).isEqualTo("intro");
        assertThat(slugger.unique("Intro")).isEqualTo("intro-1");
        assertThat(slugger.unique("Intro 2")).isEqualTo("intro-2");
        assertThat(slugger.unique("Intro")).isEqualTo("intro-3");
    }

    @Test
    void headingsAndQuestionsShareOneNamespaceAndMarkupGivesItsText() {
        var page = page("x.mdx", lines(
                "## Setup",
                "### Setup",
                "<Accordion title=\"Setup?\">",
                "Text.",
                "</Accordion>",
                "## `useMemo` **vs** [useCallback](https://react.dev)"));

        assertThat(page.headings()).extracting(Heading::id).containsExactly("setup", "setup-1", "setup-2",
                "usememo-vs-usecallback");
        assertThat(page.headings()).extracting(Heading::level).containsExactly(2, 3, 3, 2);
        assertThat(page.questions()).singleElement().satisfies(q -> assertThat(q.id()).isEqualTo("setup-2"));
    }
}
