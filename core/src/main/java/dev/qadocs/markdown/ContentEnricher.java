package dev.qadocs.markdown;

import dev.qadocs.model.Callout;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives sanitized HTML the theme's shape: GitHub alerts become callouts, mermaid blocks become text diagrams,
 * links to source pages point at the built pages. Runs after sanitizing, so the markup it adds is trusted.
 */
final class ContentEnricher {

    private static final Pattern ALERT = Pattern.compile("^\\s*\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)]\\s*");

    /** GitHub's five alerts on the callout types (and so the CSS) of the model. */
    private static final Map<String, Callout.Type> ALERT_TYPES = Map.of(
            "NOTE", Callout.Type.NOTE, "TIP", Callout.Type.TIP, "IMPORTANT", Callout.Type.INFO,
            "WARNING", Callout.Type.WARNING, "CAUTION", Callout.Type.DANGER);

    private ContentEnricher() {
    }

    /** Parsed once: jsoup parses a selector string anew on every call, a visible share of every snippet. */
    private static final Evaluator QUOTES = QueryParser.parse("blockquote");
    private static final Evaluator MERMAID = QueryParser.parse("pre > code.language-mermaid");
    private static final Evaluator INPUTS = QueryParser.parse("input:not([type=checkbox])");
    private static final Evaluator CHECKBOXES = QueryParser.parse("input[type=checkbox]");
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator IMAGES = QueryParser.parse("img");

    static void enrich(Element body) {
        body.select(QUOTES).forEach(ContentEnricher::alert);
        body.select(MERMAID).forEach(ContentEnricher::mermaid);
        body.select(INPUTS).remove();
        body.select(CHECKBOXES).attr("disabled", "");
        body.select(LINKS).forEach(a -> a.attr("href", PageLinks.toHtml(a.attr("href"))));
    }

    private static void alert(Element quote) {
        Element first = quote.firstElementChild();
        if (first == null || !first.tagName().equals("p") || first.childNodeSize() == 0
                || !(first.childNode(0) instanceof TextNode marker)) {
            return;
        }
        Matcher m = ALERT.matcher(marker.getWholeText());
        if (!m.find()) {
            return;
        }
        marker.text(marker.getWholeText().substring(m.end()));
        dropLeadingBreak(first);
        if (first.text().isBlank() && first.select(IMAGES).isEmpty()) {
            first.remove();
        }
        String name = m.group(1);
        Callout.Type type = ALERT_TYPES.get(name);
        quote.tagName("div").addClass("qd-callout").addClass("qd-callout-" + type.id()).attr("role", "note");
        quote.prependElement("p").addClass("qd-callout-label")
                .text(name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT));
    }

    private static void dropLeadingBreak(Element paragraph) {
        Node next = paragraph.childNodeSize() > 0 ? paragraph.childNode(0) : null;
        if (next instanceof TextNode text && text.isBlank()) {
            text.remove();
            next = paragraph.childNodeSize() > 0 ? paragraph.childNode(0) : null;
        }
        if (next instanceof Element br && br.tagName().equals("br")) {
            br.remove();
        }
    }

    /** Diagrams stay readable as their source: the theme loads no diagram script, so nothing is fetched. */
    private static void mermaid(Element code) {
        Element pre = code.parent();
        String source = code.wholeText();
        pre.empty().addClass("mermaid").appendText(source);
    }
}
