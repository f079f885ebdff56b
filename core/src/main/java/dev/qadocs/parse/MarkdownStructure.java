package dev.qadocs.parse;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.parser.ParserEmulationProfile;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.qadocs.markdown.LongTags;
import dev.qadocs.markdown.SelectiveInlines;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The block structure of a run of Markdown lines as CommonMark reads it (Flexmark's AST): which lines are headings
 * and at what depth of containers. A heading inside a list item or a block quote is part of that container's
 * text, never the page's structure, except the heading that opens an item of a page-level list
 * ({@code 1. ### What is React?}), which READMEs use for numbered questions. Fences close where CommonMark closes
 * them, so a stray fence in one answer cannot swallow the next question.
 */
final class MarkdownStructure {

    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .setFrom(ParserEmulationProfile.COMMONMARK))
            .customInlineParserFactory(SelectiveInlines.only(MarkdownStructure::boldCanBeIn)).build();
    /** {@code **Question?**} or {@code <b>Question?</b>} as a whole paragraph; the text must not end in a colon. */
    private static final Pattern HTML_BOLD = Pattern.compile("(?is)<(b|strong)>(.*)</\\1>");

    private static final int MAX_BLANKS = 16;

    private final Map<Integer, HeadingLine> structural = new HashMap<>();
    private final Map<Integer, HeadingLine> all = new HashMap<>();
    private final Map<Integer, String> boldParagraphs = new HashMap<>();
    private final Map<Integer, String> boldItems = new HashMap<>();

    /** Offset of each line's first character: Flexmark's own line lookup counts from the start every time. */
    private final int[] lineStarts;

    private MarkdownStructure(int[] lineStarts) {
        this.lineStarts = lineStarts;
    }

    private static int[] lineStarts(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The index of the line {@code node} starts on. */
    private int line(Node node) {
        int found = Arrays.binarySearch(lineStarts, node.getStartOffset());
        return found >= 0 ? found : -found - 2;
    }

    /**
     * Inline Markdown is parsed only where a bold question can be: page-level paragraphs and list items that start
     * with {@code **} or a tag. Only blocks are needed everywhere else.
     */
    private static boolean boldCanBeIn(BasedSequence input, Node node) {
        Node parent = node.getParent();
        boolean pageLevel = parent instanceof Document || (parent instanceof ListItem item
                && item.getParent() != null && item.getParent().getParent() instanceof Document);
        return node instanceof Paragraph && pageLevel && (input.startsWith("**") || input.startsWith("<"));
    }

    /** The structures of one page's text blocks: detection, anchors and assembly all read them, parsed once. */
    static final class Cache {
        private final Map<Block.Text, MarkdownStructure> parsed = new IdentityHashMap<>();

        MarkdownStructure of(Block.Text text) {
            return parsed.computeIfAbsent(text, t -> MarkdownStructure.of(t.lines()));
        }
    }

    static MarkdownStructure of(List<SourceLine> lines) {
        StringBuilder text = new StringBuilder();
        for (SourceLine line : lines) {
            appendCollapsed(line.text(), text);
            text.append('\n');
        }
        MarkdownStructure structure = new MarkdownStructure(lineStarts(text));
        // The same length either way, so offsets and line numbers hold: a defused tag only stops reading as HTML.
        Document document = PARSER.parse(LongTags.defuse(text.toString(), " "));
        structure.visit(document);
        return structure;
    }

    /**
     * Appends the line with long runs of blanks after its first word made one space. Only line numbers and heading
     * text are read from the parse, so this changes nothing for them, but Flexmark's heading pattern takes
     * quadratic time on a heading padded with thousands of spaces.
     */
    private static void appendCollapsed(String line, StringBuilder out) {
        int run = 0;
        boolean text = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean blank = c == ' ' || c == '\t';
            run = blank ? run + 1 : 0;
            text |= !blank;
            if (!text || run <= MAX_BLANKS) {
                out.append(c);
            }
        }
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

    private void visit(Document document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.isAtxHeading()) {
                structural.put(line(heading), headingLine(heading, OptionalInt.empty()));
            } else if (node instanceof Paragraph paragraph) {
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

    /** The inner Markdown when the paragraph is one bold span (trailing blanks aside), not a label ending in a colon. */
    private static Optional<String> bold(Paragraph paragraph) {
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
