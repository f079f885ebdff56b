package dev.qadocs.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each character that can start markup must send a title to the parser; text without one is read as written. */
class InlineTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "**bold** title|bold title",
            "a __under__ title|a under title",
            "`code` span|code span",
            "[link](target) text|link text",
            "<b>tag</b> text|tag text",
            "escaped \\* star|escaped * star",
            "Q&amp;A time|Q&A time",
            "![image](src) alt|image alt",
            "~~struck~~ out|~~struck~~ out",
            "1. Numbered|1. Numbered",
            "  plain\t words  |plain words"})
    void readsTheTextAReaderSees(String markdown, String text) {
        assertThat(InlineText.plain(markdown)).isEqualTo(text);
    }
}
