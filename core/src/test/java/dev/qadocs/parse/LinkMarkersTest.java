package dev.qadocs.parse;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The scan for link markers finds what the regular expression it replaced finds, in a whole text or a range. */
class LinkMarkersTest {

    private static final Pattern REPLACED = Pattern.compile("]\\(|<(?i:a|img)\\b");
    /** What markers are made of, what breaks them, and characters that are words to {@code \b} or not. */
    private static final String[] PIECES = {"]", "(", "<", "a", "A", "img", "IMG", "iMg", "im", "_", "1", " ", ">",
            "é", "\u0301", "b", "-", "\n", "\uD83D\uDE00", "x"};

    @Test
    void markersAndNearMisses() {
        assertThat(LinkMarkers.in("see [docs](x.md)")).isTrue();
        assertThat(LinkMarkers.in("<A HREF=x>")).isTrue();
        assertThat(LinkMarkers.in("<img/>")).isTrue();
        assertThat(LinkMarkers.in("end <a")).isTrue();
        assertThat(LinkMarkers.in("<abbr> <a_b> <a1> <imgs> <aé> <a\u0301> ] (")).isFalse();
        assertThat(LinkMarkers.in("x](", 0, 2)).isFalse();
        assertThat(LinkMarkers.in("<ab", 0, 2)).isTrue();
    }

    @Test
    void findsWhatTheRegularExpressionFoundInRandomTextsAndRanges() {
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int piece = random.nextInt(8); piece >= 0; piece--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String string = text.toString();
            int start = random.nextInt(string.length() + 1);
            int end = start + random.nextInt(string.length() - start + 1);
            boolean expected = REPLACED.matcher(string).region(start, end).find();

            assertThat(LinkMarkers.in(string, start, end)).as("'%s' [%d, %d)", string, start, end).isEqualTo(expected);
            assertThat(LinkMarkers.in(text, start, end)).as("as a builder: '%s'", string).isEqualTo(expected);
            assertThat(LinkMarkers.in(string)).isEqualTo(REPLACED.matcher(string).find());
        }
    }
}
