package dev.qadocs.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Keeps the HTML an author may write in Markdown (formatting, tables, disclosure widgets, images) and drops
 * everything that could run code: scripts, styles, event handlers, {@code javascript:} and {@code data:} URLs.
 */
final class HtmlSanitizer {

    /**
     * Relative links are only kept by jsoup when they resolve against a base; this one never appears in the output
     * ({@link Safelist#preserveRelativeLinks} keeps the link as written).
     */
    private static final String RESOLVING_BASE = "https://qadocs.invalid/";

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("del", "s", "ins", "mark", "kbd", "samp", "var", "abbr", "dfn", "hr",
                    "details", "summary", "figure", "figcaption", "input")
            .addAttributes("details", "open")
            .addAttributes("abbr", "title")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            // Task-list checkboxes; other input types are removed by ContentEnricher.
            .addAttributes("input", "type", "checked", "disabled")
            // Fenced code keeps its language-xxx class for highlighters and styling.
            .addAttributes("code", "class")
            // Authors write <a id> and <a name> targets to link to; the theme's own ids come first in the page.
            .addAttributes("a", "id", "name")
            .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
            .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
            .addProtocols("a", "href", "tel")
            .preserveRelativeLinks(true);

    private HtmlSanitizer() {
    }

    static Document clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, RESOLVING_BASE);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.setBaseUri("");
        return clean;
    }
}
