package dev.qadocs.parse;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The block structure of a run of Markdown lines as CommonMark reads it (its {@link MarkdownTree}): which lines
 * are headings and at what depth of containers. A heading inside a list item or a block quote is part of that container's
 * text, never the page's structure, except the heading that opens an item of a page-level list
 * ({@code 1. ### What is React?}), which READMEs use for numbered questions. Fences close where CommonMark closes
 * them, so a stray fence in one answer cannot swallow the next question.
 */
final class MarkdownStructure {

    /** {@code **Question?**} or {@code <b>Question?</b>} as a whole paragraph; the text must not end in a colon. */
    private static final Pattern HTML_BOLD = Pattern.compile("(?is)<(b|strong)>(.*)</\\1>");

    private final Map<Integer, HeadingLine> structural = new HashMap<>();
    private final Map<Integer, HeadingLine> all = new HashMap<>();
    private final Map<Integer, String> boldParagraphs = new HashMap<>();
    private final Map<Integer, String> boldItems = new HashMap<>();

    private final MarkdownTree tree;

    private MarkdownStructure(MarkdownTree tree) {
        this.tree = tree;
    }

    /**
     * Inline Markdown is read only where a bold question can be: page-level paragraphs and list items that start
     * with {@code **} or a tag. Only blocks are needed everywhere else.
     */
    static boolean readsInlines(BasedSequence input, Node node) {
        Node parent = node.getParent();
        boolean pageLevel = parent instanceof Document || (parent instanceof ListItem item
                && item.getParent() != null && item.getParent().getParent() instanceof Document);
        return node instanceof Paragraph && pageLevel && (input.startsWith("**") || input.startsWith("<"));
    }

    /**
     * The structures of one page's text blocks: detection, anchors and assembly all read them, made once. With
     * them the plain text of the page's titles: detection and anchors both read every heading's, and a title with
     * markup costs a parse of its own.
     */
    static final class Cache {
        private final MarkdownTree.Cache trees;
        private final Map<Block.Text, MarkdownStructure> read = new IdentityHashMap<>();
        private final Map<String, String> plain = new HashMap<>();

        Cache(MarkdownTree.Cache trees) {
            this.trees = trees;
        }

        MarkdownStructure of(Block.Text text) {
            return read.computeIfAbsent(text, t -> MarkdownStructure.of(trees.of(t)));
        }

        /** {@link InlineText#plain} of a title of the page. */
        String plain(String title) {
            return plain.computeIfAbsent(title, InlineText::plain);
        }
    }

    static MarkdownStructure of(MarkdownTree tree) {
        MarkdownStructure structure = new MarkdownStructure(tree);
        structure.visit(tree.document());
        return structure;
    }

    /** The heading that starts page structure at line {@code index} of the run, if one does. */
    Optional<HeadingLine> heading(int index) {
        return Optional.ofNullable(structural.get(index));
    }

    /** Every heading, at any depth (GitHub gives them all anchors), by line index. */
    Map<Integer, HeadingLine> allHeadings() {
        return all;
    }

    /** The bold text of a page-level paragraph made only of bold text, starting at line {@code index}. */
    Optional<String> boldParagraph(int index) {
        return Optional.ofNullable(boldParagraphs.get(index));
    }

    /** The bold text of an item of a page-level list whose items are all only bold text, at line {@code index}. */
    Optional<String> boldItem(int index) {
        return Optional.ofNullable(boldItems.get(index));
    }

    boolean hasBoldParagraphs() {
        return !boldParagraphs.isEmpty();
    }

    private int line(Node node) {
        return tree.line(node);
    }

    private void visit(Document document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.isAtxHeading()) {
                structural.put(line(heading), headingLine(heading, OptionalInt.empty()));
            } else if (node instanceof Paragraph paragraph && !followsItsDefinitions(paragraph)) {
                bold(paragraph).ifPresent(bold -> boldParagraphs.put(line(paragraph), bold));
            } else if (node instanceof ListBlock list) {
                listItems(list);
            }
        }
        collectAll(document);
    }

    private void listItems(ListBlock list) {
        Map<Integer, String> bold = new HashMap<>();
        boolean allBold = list instanceof BulletList || list instanceof OrderedList;
        int items = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Node first = item.getFirstChild();
            items++;
            if (first instanceof Heading heading && heading.isAtxHeading() && item instanceof OrderedListItem ordered) {
                structural.put(line(heading), headingLine(heading, number(ordered)));
            }
            Optional<String> text = first instanceof Paragraph p && first.getNext() == null ? bold(p) : Optional.empty();
            if (text.isPresent()) {
                bold.put(line(item), text.get());
            } else {
                allBold = false;
            }
        }
        if (allBold && items >= 2) {
            boldItems.putAll(bold);
        }
    }

    private void collectAll(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.isAtxHeading()) {
                all.put(line(heading), structural.getOrDefault(line(heading),
                        headingLine(heading, OptionalInt.empty())));
            } else if (node.hasChildren() && !(node instanceof Paragraph)) {
                collectAll(node);
            }
        }
    }

    private static HeadingLine headingLine(Heading heading, OptionalInt number) {
        return new HeadingLine(heading.getLevel(), heading.getText().toString().strip(), number);
    }

    private static OptionalInt number(OrderedListItem item) {
        String marker = item.getOpeningMarker().toString().replaceAll("\\D", "");
        return marker.isEmpty() || marker.length() > 9 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(marker));
    }

    /**
     * Whether the paragraph began with link reference definitions, which Flexmark took out of it: as written, it
     * starts with {@code [}, so it is no bold question. A blank line would have made the definitions a paragraph
     * of their own.
     */
    private static boolean followsItsDefinitions(Paragraph paragraph) {
        if (!(paragraph.getPrevious() instanceof Reference reference)) {
            return false;
        }
        BasedSequence between = paragraph.getDocument().getChars()
                .subSequence(reference.getEndOffset(), paragraph.getStartOffset());
        return between.chars().filter(c -> c == '\n').count() <= 1;
    }

    /**
     * The inner Markdown when the paragraph is one bold span (trailing blanks aside), not a label ending in a colon.
     * Only where {@link #readsInlines} has the inlines read: others passes may have had them read elsewhere.
     */
    private static Optional<String> bold(Paragraph paragraph) {
        if (!readsInlines(paragraph.getContentChars(), paragraph)) {
            return Optional.empty();
        }
        Node first = paragraph.getFirstChild();
        String inner;
        if (first instanceof StrongEmphasis strong && onlyBlankAfter(strong.getNext())) {
            inner = strong.getText().toString();
        } else if (first instanceof HtmlInline) {
            var matcher = HTML_BOLD.matcher(paragraph.getChars().toString().strip());
            if (!matcher.matches() || matcher.group(2).contains("</" + matcher.group(1))) {
                return Optional.empty();
            }
            inner = matcher.group(2);
        } else {
            return Optional.empty();
        }
        String text = inner.strip();
        return text.isEmpty() || text.endsWith(":") ? Optional.empty() : Optional.of(text);
    }

    private static boolean onlyBlankAfter(Node node) {
        for (Node n = node; n != null; n = n.getNext()) {
            if (!(n instanceof SoftLineBreak) && !(n instanceof Text text && text.getChars().isBlank())) {
                return false;
            }
        }
        return true;
    }
}
