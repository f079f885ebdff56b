package dev.qadocs.markdown;

import dev.qadocs.model.Callout;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.List;
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

    /** Every attribute the sanitizer lets through that a browser follows or loads. */
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "cite");
    private static final List<Evaluator> URL_HOLDERS = URL_ATTRIBUTES.stream()
            .map(attribute -> QueryParser.parse("[" + attribute + "]")).toList();

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
        // A task list's box is its item's state; a form control without a name is read as "checkbox, unlabelled".
        body.select(CHECKBOXES).forEach(box -> box.attr("disabled", "")
                .attr("aria-label", box.hasAttr("checked") ? "Done" : "Not done"));
        // jsoup resolves a relative-looking "\u0001javascript:" against its base and keeps it: checked again here.
        for (int i = 0; i < URL_ATTRIBUTES.size(); i++) {
            String attribute = URL_ATTRIBUTES.get(i);
            body.select(URL_HOLDERS.get(i)).forEach(e -> {
                if (!SafeUrls.isSafe(e.attr(attribute))) {
                    e.removeAttr(attribute);
                }
            });
        }
        body.select(LINKS).forEach(a -> a.attr("href", PageLinks.toHtml(a.attr("href"))));
    }

    /**
     * What only a reader of the HTML needs: code highlighted, and every code block and table reachable from the
     * keyboard (one wider than the column scrolls, and a scroll region must take focus), named for screen readers.
     */
    static void forReaders(Element body) {
        for (Element table : body.select("table")) {
            table.wrap("<div class=\"qd-table\" tabindex=\"0\" role=\"region\" aria-label=\"Table\"></div>");
        }
        for (Element pre : body.select("pre")) {
            Element code = pre.selectFirst("> code[class^=language-]");
            String language = code == null ? "" : code.className().substring("language-".length()).split(" ")[0];
            if (code != null) {
                CodeHighlighter.highlight(code, language);
            }
            String what = pre.hasClass("mermaid") ? "Diagram source" : "Code";
            pre.attr("tabindex", "0").attr("role", "group")
                    .attr("aria-label", language.isEmpty() || pre.hasClass("mermaid") ? what : what + ", " + language);
        }
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
