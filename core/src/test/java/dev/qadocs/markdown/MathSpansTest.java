package dev.qadocs.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Formulas reach the page as their TeX, untouched by Markdown, and prose dollars stay prose. */
class MathSpansTest {

    private static Element html(String markdown) {
        return Jsoup.parseBodyFragment(Markdown.toHtml(markdown)).body();
    }

    @Test
    void everyDelimiterGivesAMathsSpanHoldingTheTexAsWritten() {
        Element body = html("""
                Inline $a_1 * b_2$ and \\(\\frac{1}{n}\\sum_i x_i\\) here.

                $$
                \\mathrm{softmax}(z)_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}
                $$

                \\[ x < y \\]
                """);

        assertThat(body.select("span.qd-math:not(.qd-math-display)").eachText())
                .containsExactly("a_1 * b_2", "\\frac{1}{n}\\sum_i x_i");
        assertThat(body.select("span.qd-math-display").eachText())
                .containsExactly("\\mathrm{softmax}(z)_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}", "x < y");
        assertThat(body.select("em")).isEmpty();
    }

    @Test
    void pricesCodeAndEscapedDollarsAreNotMaths() {
        Element body = html("""
                It costs $5 and $10, or US$3. An escaped \\$x\\$ stays. Use `$HOME` and:

                ```bash
                echo "$PATH $1"
                ```
                """);

        assertThat(body.select(".qd-math")).isEmpty();
        assertThat(body.text()).contains("$5 and $10", "US$3", "$x$", "$HOME");
    }

    @Test
    void searchAndDescriptionsReadTheTex() {
        assertThat(Markdown.toPlainText("The loss $L = -\\log p$ falls.")).isEqualTo("The loss L = -\\log p falls.");
    }
}
