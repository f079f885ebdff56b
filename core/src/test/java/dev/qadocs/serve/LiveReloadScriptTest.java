package dev.qadocs.serve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LiveReloadScriptTest {

    @Test
    void putsTheTagBeforeTheLastClosingBodyWhateverItsCase() {
        String html = "<html><body><pre>&lt;/body&gt; </body> in text</pre></BODY></html>";

        assertThat(LiveReloadScript.inject(html, "<script></script>"))
                .isEqualTo("<html><body><pre>&lt;/body&gt; </body> in text</pre><script></script></BODY></html>");
    }

    @Test
    void appendsTheTagToDocumentsWithoutBody() {
        assertThat(LiveReloadScript.inject("<p>fragment", "<x>")).isEqualTo("<p>fragment<x>");
    }

    @Test
    void tagEscapesTheGenerationAndPointsAtTheServersOwnScript() {
        assertThat(LiveReloadScript.tag("a\"<b"))
                .contains("src=\"/__qadocs/live-reload.js\"")
                .contains("data-generation=\"a&quot;&lt;b\"")
                .doesNotContain("http");
    }
}
