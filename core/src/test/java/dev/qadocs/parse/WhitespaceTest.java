package dev.qadocs.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The scan replaced {@code replaceAll("\\s+", " ").strip()}: titles must read exactly as they did. */
class WhitespaceTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "plain", "one two", "  padded  ", "a\tb", "a \t\n b", "a\u000Bb\fc\rd",
            "\u00A0kept\u00A0", "\u2003wide\u2003 space\u2003", "\u001Cfile sep", "tail\n", "x  ", "  x"})
    void collapsesAsTheRegexDid(String text) {
        assertThat(Whitespace.collapse(text)).isEqualTo(text.replaceAll("\\s+", " ").strip());
    }

    @Test
    void readsAnyCharSequence() {
        assertThat(Whitespace.collapse(new StringBuilder(" a \n\n b "))).isEqualTo("a b");
    }

    @Test
    void agreesWithTheRegexOnMixedText() {
        for (String written : RandomTexts.of("ab \t\n\r\f\u000B\u00A0\u2003\u2028\u001F", 10, 20_000, 7)) {
            assertThat(Whitespace.collapse(written)).as("%s", written.chars().boxed().toList())
                    .isEqualTo(written.replaceAll("\\s+", " ").strip());
        }
    }
}
