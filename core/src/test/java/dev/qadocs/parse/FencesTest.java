package dev.qadocs.parse;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Which lines are code, at the edges of fences: a line misread here turns an example into page structure. */
class FencesTest {

    @Test
    void aFenceClosesOnlyWithALongEnoughRunOfItsOwnCharacter() {
        assertThat(codeLines("````js", "```", "~~~~", "`````  ", "# after")).containsExactly(true, true, true, true, false);
    }

    @Test
    void whitespaceAroundTheClosingFenceIsStrippedAsStripDoes() {
        assertThat(codeLines("```", "\t ``` \u2003", "text")).containsExactly(true, true, false);
        assertThat(codeLines("~~~", "~~~x", "\u00A0~~~", "~~~", "text")).containsExactly(true, true, true, true, false);
    }

    @Test
    void blankLinesStayInsideAndALessIndentedLineEndsAnIndentedFence() {
        assertThat(codeLines("      ```", "", "   \t", "      code", "  text")).containsExactly(true, true, true, true, false);
    }

    @Test
    void aFenceOpensAfterAsciiWhitespaceOnlyAndNotWithABacktickInItsInfo() {
        assertThat(codeLines("\t ```", "x", "```")).containsExactly(true, true, true);
        assertThat(codeLines("\u2003```", "x", "```")).containsExactly(false, false, true);
        assertThat(codeLines("``` a`b", "# heading")).containsExactly(false, false);
        assertThat(codeLines("~~~ a`b", "code")).containsExactly(true, true);
        assertThat(codeLines("``", "text", "")).containsExactly(false, false, false);
    }

    private static List<Boolean> codeLines(String... lines) {
        boolean[] code = Fences.codeFlags(IntStream.range(0, lines.length)
                .mapToObj(i -> new SourceLine(lines[i], i + 1, 1)).toList());
        return IntStream.range(0, code.length).mapToObj(i -> code[i]).toList();
    }
}
