package dev.qadocs.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A table of contents is found by how its title ends, in any case: the look that spares the matcher must agree. */
class QuestionDetectorTest {

    @ParameterizedTest
    @ValueSource(strings = {"Contents", "Table of Contents", "TABLE OF CONTENTS", "View contents",
            "Hide/Show table of contents", "toc", "Show TOC"})
    void readsTablesOfContents(String title) {
        assertThat(QuestionDetector.isContents(title)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Contents of the box", "What the contents say about it", "Tic-tac-toc?", "ontents",
            "Table of Contents:"})
    void passesOverOtherTitles(String title) {
        assertThat(QuestionDetector.isContents(title)).isFalse();
    }
}
