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
        assertThat(page("guide/react-coding_exercises.mdx", "").title()).isEqualTo("React coding exercises");
        assertThat(page("ripgrep-faq.md", "  ").title()).isEqualTo("Ripgrep faq");
    }

    @Test
    void aReadmeOrIndexWithoutATitleIsCalledAfterItsFolder() {
        assertThat(page("kubernetes/pod-design/README.md", "").title()).isEqualTo("Pod design");
        assertThat(page("notes/index.md", "").title()).isEqualTo("Notes");
        assertThat(page("README.md", "").title()).isEqualTo("README");
    }
}
