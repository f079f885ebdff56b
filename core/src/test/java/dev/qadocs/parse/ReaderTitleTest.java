package dev.qadocs.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** The cheap looks before each pattern must pass every title the pattern reads. */
class ReaderTitleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3. Why caches?|3|Why caches?",
            "12) Why queues?|12|Why queues?",
            "Q4: What is a CDN?|4|What is a CDN?",
            "q5. What is DNS?|5|What is DNS?",
            "Q 6: Spaced out|0|Q 6: Spaced out",
            "Why 7. not?|0|Why 7. not?"})
    void readsALeadingNumberOrQLabel(String markdown, int number, String text) {
        ReaderTitle title = ReaderTitle.read(markdown, OptionalInt.empty());

        assertThat(title.number()).isEqualTo(number == 0 ? OptionalInt.empty() : OptionalInt.of(number));
        assertThat(title.text()).isEqualTo(text);
    }

    @Test
    void anAnchorTagGivesTheIdInAnyCase() {
        assertThat(ReaderTitle.read("<A ID='kept'></A> Title", OptionalInt.empty()).id()).contains("kept");
        assertThat(ReaderTitle.read("Title <a name=\"end\"></a>", OptionalInt.empty()).id()).contains("end");
        assertThat(ReaderTitle.read("Title a name=\"none\"", OptionalInt.empty()).id()).isEmpty();
    }

    @Test
    void shortcodesNeedTwoColonsAndEntitiesAnAmpersand() {
        assertThat(ReaderTitle.text(":rocket: Launch")).isEqualTo("Launch");
        assertThat(ReaderTitle.text("Ratio 1:2")).isEqualTo("Ratio 1:2");
        assertThat(ReaderTitle.text("Q&amp;A and &lt;tags&gt;")).isEqualTo("Q&A and <tags>");
        assertThat(ReaderTitle.text("Plain  \t title")).isEqualTo("Plain title");
    }
}
