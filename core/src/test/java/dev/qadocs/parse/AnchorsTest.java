package dev.qadocs.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Anchors#mayHoldHeading} decides which bodies are parsed for their headings: a body it passed over would
 * lose its heading ids, so it must pass every body the multiline regex it replaced passed.
 */
class AnchorsTest {

    private static final Pattern REPLACED = Pattern.compile("(?m)^[ \\t>*+\\-\\d.)]*#{1,6}(?:[ \\t]|$)");

    @ParameterizedTest
    @ValueSource(strings = {"# Title", "#", "######", "###### six", "text\n## Two", "> ### quoted", "1. ### item",
            " - * > 2) # deep", "a\r# after CR", "a\r\n# after CRLF", "a\u2028# after LS", "a\u0085#\tNEL",
            "x\n#"})
    void findsHeadingLines(String markdown) {
        assertThat(Anchors.mayHoldHeading(markdown)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "####### seven", "#hashtag", "text # not first", "a#b", "x ## y",
            "- [#] box", "`# code`", "\u00A0# after no-break space", "\u0661# Arabic digit"})
    void passesOverOtherText(String markdown) {
        assertThat(Anchors.mayHoldHeading(markdown)).isFalse();
    }

    @Test
    void agreesWithTheRegexItReplaced() {
        for (String markdown : RandomTexts.of("#  \t>*+-.)1a\n\r\u2028\u0085[", 14, 50_000, 11)) {
            assertThat(Anchors.mayHoldHeading(markdown)).as("%s", markdown.chars().boxed().toList())
                    .isEqualTo(REPLACED.matcher(markdown).find());
        }
    }
}
