package dev.qadocs.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Turns qadocs Markdown (GFM, GitHub alerts, {@code <details>} and raw HTML) into HTML that is safe to put in a
 * page, or into plain text for search. One place, so the site, the search index and every other reader agree on
 * what a piece of Markdown says. Thread-safe: Flexmark's parser and renderer hold no per-document state.
 */
public final class Markdown {

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                    TaskListExtension.create(), AutolinkExtension.create()))
            // GitHub's table rules: a header row is required, ragged rows are padded or trimmed.
            .set(TablesExtension.COLUMN_SPANS, false)
            .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
            .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
            .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
            .set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-")
            .set(HtmlRenderer.SOFT_BREAK, "\n")
            .toImmutable();

    private static final Parser PARSER = LinearInlineParser.parser(OPTIONS);
    private static final Parser BLOCKS = ReusedFactories.builder(OPTIONS)
            .customInlineParserFactory(SelectiveInlines.only((input, node) -> false)).build();
    /** The anchor ids a document's headings get, in document order ({@link HeadingAnchors}). */
    static final DataKey<List<String>> HEADING_IDS = new DataKey<>("QADOCS_HEADING_IDS", List.of());
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS)
            .attributeProviderFactory(HeadingAnchors.FACTORY).build();
    /** Parsed once: parsing the selector anew for every snippet was a visible share of rendering a page. */
    private static final Evaluator HEADINGS_WITHOUT_ID = QueryParser.parse(
            "h1:not([id]), h2:not([id]), h3:not([id]), h4:not([id]), h5:not([id]), h6:not([id])");
    private static final Evaluator PARAGRAPHS = QueryParser.parse("p");
    private static final Evaluator CALLOUT = QueryParser.parse(".qd-callout");

    private Markdown() {
    }

    /** Sanitized HTML: no script, no event handler, no {@code javascript:} URL survives; page links point at {@code .html}. */
    public static String toHtml(String markdown) {
        return toHtml(markdown, List.of());
    }

    /**
     * {@link #toHtml(String)}, giving the headings {@link #headingLines} finds the anchor ids {@code headingIds}, the
     * first id to the first of them and so on; an empty id leaves its heading without one.
     */
    public static String toHtml(String markdown, List<String> headingIds) {
        Document document = document(markdown, headingIds);
        ContentEnricher.forReaders(document.body());
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }

    /**
     * The line, counted from 0, of every heading written with {@code #} (at any depth of lists and quotes), in
     * document order: the headings that {@link #toHtml(String, List)} hands ids to, so that the parser can name
     * them before anything is rendered. Blocks are all it reads, at a fraction of the cost of a conversion.
     */
    public static List<Integer> headingLines(String markdown) {
        List<Integer> lines = new ArrayList<>();
        int line = 0;
        int counted = 0;
        // Same length, so Flexmark's offsets still point into the text as written.
        for (Node node : BLOCKS.parse(LongTags.defuse(markdown, " ")).getDescendants()) {
            if (node instanceof Heading heading && heading.isAtxHeading()) {
                // Headings come in text order, so the newlines before each are counted once, not from the start.
                for (; counted < heading.getStartOffset(); counted++) {
                    line += markdown.charAt(counted) == '\n' ? 1 : 0;
                }
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * Like {@link #toHtml} but without the paragraph around a single paragraph, for text that sits in a line of
     * its own markup (a quick-fire question, a definition).
     */
    public static String toInlineHtml(String markdown) {
        Document document = document(markdown, List.of());
        ContentEnricher.forReaders(document.body());
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        Element only = body.children().size() == 1 ? body.child(0) : null;
        boolean single = only != null && only.tagName().equals("p") && body.textNodes().stream().allMatch(TextNode::isBlank);
        return (single ? only.html() : body.html()).strip();
    }

    /** The words a reader sees, whitespace collapsed: what search indexes and what descriptions are cut from. */
    public static String toPlainText(String markdown) {
        return document(markdown, List.of()).body().text();
    }

    /** The text of the first paragraph outside callouts, or empty: what a one-line description is cut from. */
    public static String firstParagraph(String markdown) {
        return firstParagraph(document(markdown, List.of()).body());
    }

    /** Every form at the cost of one parse, for outputs that each need a different one of the same text. */
    public static MarkdownForms forms(String markdown) {
        Document document = document(markdown, List.of());
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        // Text first: what forReaders adds (copy buttons, highlighting spans) is for the page, not for search.
        String text = body.text();
        String first = firstParagraph(body);
        Optional<String> html = Optional.empty();
        if (body.select(HEADINGS_WITHOUT_ID).isEmpty()) {
            ContentEnricher.forReaders(body);
            html = Optional.of(body.html());
        }
        return new MarkdownForms(html, text, first);
    }

    private static String firstParagraph(Element body) {
        return body.select(PARAGRAPHS).stream()
                .filter(p -> p.closest(CALLOUT) == null)
                .map(Element::text).filter(t -> !t.isBlank()).findFirst().orElse("");
    }

    /**
     * Rewrites the target of every link, image and link reference definition, leaving everything else (code
     * included) byte for byte as written.
     */
    public static String rewriteLinks(String markdown, UnaryOperator<String> rewrite) {
        List<BasedSequence> urls = new ArrayList<>();
        // Same length, so Flexmark's offsets still point into the text as written.
        for (Node node : PARSER.parse(LongTags.defuse(markdown, " ")).getDescendants()) {
            if (node instanceof LinkNodeBase link && !link.getUrl().isEmpty()) {
                urls.add(link.getUrl());
            }
        }
        StringBuilder out = new StringBuilder(markdown.length());
        int done = 0;
        for (BasedSequence url : urls) {
            out.append(markdown, done, url.getStartOffset()).append(rewrite.apply(url.toString()));
            done = url.getEndOffset();
        }
        return out.append(markdown, done, markdown.length()).toString();
    }

    private static Document document(String markdown, List<String> headingIds) {
        var parsed = PARSER.parse(MathSpans.protect(LongTags.defuse(markdown, "&lt;"), PARSER));
        parsed.set(HEADING_IDS, headingIds);
        String raw = RENDERER.render(parsed);
        Document clean = HtmlSanitizer.clean(raw);
        MathSpans.mark(clean.body());
        ContentEnricher.enrich(clean.body());
        return clean;
    }
}
