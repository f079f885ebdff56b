package dev.qadocs.model;

import org.junit.jupiter.api.Test;

import static dev.qadocs.testing.ModelFixtures.page;
import static org.assertj.core.api.Assertions.assertThat;

class PageTest {

    @Test
    void aPageKeepsTheTitleItNames() {
        assertThat(page("guide/react-hooks.md", "Hooks in depth").title()).isEqualTo("Hooks in depth");
    }

    @Test
    void aPageWithoutATitleIsCalledAfterItsFileInWords() {
        assertThat(page("guide/vector-search_basics.mdx", "").title()).isEqualTo("Vector search basics");
        assertThat(page("prompt-caching.md", "  ").title()).isEqualTo("Prompt caching");
    }

    @Test
    void aReadmeOrIndexWithoutATitleIsCalledAfterItsFolder() {
        assertThat(page("retrieval/hybrid-ranking/README.md", "").title()).isEqualTo("Hybrid ranking");
        assertThat(page("notes/index.md", "").title()).isEqualTo("Notes");
        assertThat(page("README.md", "").title()).isEqualTo("README");
    }
}
