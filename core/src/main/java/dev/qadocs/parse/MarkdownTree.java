package dev.qadocs.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.qadocs.markdown.LongTags;
import dev.qadocs.markdown.ReusedFactories;
import dev.qadocs.markdown.SelectiveInlines;
import dev.qadocs.model.SourcePosition;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of Markdown lines as Flexmark reads it, parsed once for every pass of the parse stage that reads its
 * blocks or inlines ({@link MarkdownStructure}, {@link LinkCollector}): each parse of the same text cost as much as
 * the first. Each pass asks for the inlines it reads, and only those blocks get them.
 *
 * <p>Flexmark reads a text with its long runs of blanks shortened and its overlong tags defused (both below), so
 * offsets in the tree are of that text. {@link #written} and {@link #position} map them back to the text as written.
 */
final class MarkdownTree {

    /**
     * For text that may hold links: tables and link reference definitions as the renderer reads them, inlines
     * where a pass reads them, and table rows whole, since their inline parse finds the cells. Without the table
     * extension a table is one long paragraph, and Flexmark's inline parser copied the rest of a paragraph at every
     * match, which made a large table cost its length squared.
     */
    private static final Parser LINKED = SelectiveInlines.parser(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create())).toImmutable(),
            (input, node) -> !(node instanceof Paragraph || node instanceof Heading)
                    || MarkdownStructure.readsInlines(input, node) || LinkCollector.readsInlines(input));
    /**
     * For text without a link, which only the structure is read from: tables are paragraphs to it, and finding
     * their cells would be most of the parse.
     */
    private static final Parser UNLINKED = ReusedFactories.builder(new MutableDataSet().toImmutable())
            .customInlineParserFactory(SelectiveInlines.only(MarkdownStructure::readsInlines)).build();

    private static final int MAX_BLANKS = 16;
    private static final String OVERLONG_RUN = " ".repeat(MAX_BLANKS + 1);

    private final List<SourceLine> lines;
    private final Document document;
    /** Offset of each line's first character in the parsed text: Flexmark's own lookup counts from the start. */
    private final int[] parsedStarts;
    /** The text as written, its overlong tags defused; the parsed text itself when no blanks were shortened. */
    private final String written;
    private final int[] writtenStarts;
    /** Whether each line had blanks shortened; null when none had. */
    private final boolean[] shortened;
    private final boolean linked;

    private MarkdownTree(List<SourceLine> lines, Document document, boolean linked, int[] parsedStarts,
                         String written, int[] writtenStarts, boolean[] shortened) {
        this.lines = lines;
        this.document = document;
        this.linked = linked;
        this.parsedStarts = parsedStarts;
        this.written = written;
        this.writtenStarts = writtenStarts;
        this.shortened = shortened;
    }

    /** The trees of one page's text blocks, each parsed on first use. One per page; not thread-safe. */
    static final class Cache {
        private final Map<Block.Text, MarkdownTree> parsed = new IdentityHashMap<>();

        MarkdownTree of(Block.Text text) {
            return parsed.computeIfAbsent(text, t -> MarkdownTree.of(t.lines()));
        }

        /** {@link LinkCollector#mayLink}, known without a look when the text is parsed already. */
        boolean mayLink(Block.Text text) {
            MarkdownTree tree = parsed.get(text);
            return tree != null ? tree.linked : LinkCollector.mayLink(text.lines());
        }
    }

    static MarkdownTree of(List<SourceLine> lines) {
        StringBuilder text = new StringBuilder();
        boolean[] shortened = new boolean[lines.size()];
        boolean any = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).text();
            if (mayNeedShortening(line)) {
                int before = text.length();
                shorten(line, text, -1);
                shortened[i] = text.length() - before < line.length();
                any |= shortened[i];
            } else {
                text.append(line);
            }
            text.append('\n');
        }
        // The same length either way, so offsets and line numbers hold: a defused tag only stops reading as HTML.
        String parsed = LongTags.defuse(text.toString(), " ");
        int[] parsedStarts = lineStarts(parsed);
        // Link markers hold no blank, and a defused tag is no link: the parsed text has the markers as written.
        boolean linked = LinkCollector.mayLink(parsed);
        Parser parser = linked ? LINKED : UNLINKED;
        // Blank runs between components are a quarter of the texts; a parse of one costs a parser's setup for nothing.
        Document document = isBlank(parsed) ? new Document(parser.getOptions(), BasedSequence.of(parsed))
                : parser.parse(parsed);
        if (!any) {
            return new MarkdownTree(lines, document, linked, parsedStarts, parsed, parsedStarts, null);
        }
        StringBuilder asWritten = new StringBuilder();
        lines.forEach(line -> asWritten.append(line.text()).append('\n'));
        String written = LongTags.defuse(asWritten.toString(), " ");
        return new MarkdownTree(lines, document, linked, parsedStarts, written, lineStarts(written), shortened);
    }

    /**
     * Shortens the line's long runs of blanks after its first word to {@value #MAX_BLANKS} blanks, appending what
     * is kept to {@code out} (when given): Flexmark's heading pattern takes quadratic time on a heading padded with
     * thousands of spaces. Only lengths of blank runs change, and each stays a run of blanks, so every block and
     * inline reads as it would in the line as written.
     *
     * @return the index in {@code line} of the kept character at {@code column} of the shortened line, or the
     *         line's length past its end: a range ending at a shortened run ends after all of its blanks
     */
    private static int shorten(String line, StringBuilder out, int column) {
        int kept = 0;
        int run = 0;
        boolean text = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean blank = isBlank(c);
            run = blank ? run + 1 : 0;
            text |= !blank;
            if (!text || run <= MAX_BLANKS) {
                if (kept++ == column) {
                    return i;
                }
                if (out != null) {
                    out.append(c);
                }
            }
        }
        return line.length();
    }

    /**
     * Whether the line may hold a run of blanks longer than {@value #MAX_BLANKS}: most lines have neither a tab
     * nor that many spaces in a row, and a search for those costs a fraction of {@link #shorten}'s walk.
     */
    private static boolean mayNeedShortening(String line) {
        return line.length() > MAX_BLANKS && (line.indexOf('\t') >= 0 || line.indexOf(OVERLONG_RUN) >= 0);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** Whether CommonMark reads nothing but blank lines in {@code text}. */
    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isBlank(c) && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', end + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = end + 1;
        }
        return Arrays.copyOf(starts, count);
    }

    Document document() {
        return document;
    }

    /** The index of the line {@code node} starts on. */
    int line(Node node) {
        return lineIndex(parsedStarts, node.getStartOffset());
    }

    /** The last line starting at or before {@code offset}. */
    private static int lineIndex(int[] starts, int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }

    /** Where in the text as written the character at {@code offset} of the parsed text is. */
    int written(int offset) {
        if (shortened == null) {
            return offset;
        }
        int index = lineIndex(parsedStarts, offset);
        int column = offset - parsedStarts[index];
        boolean inShortened = index < shortened.length && shortened[index];
        return writtenStarts[index] + (inShortened ? shorten(lines.get(index).text(), null, column) : column);
    }

    /** {@code chars} of the tree as written: what a parse of the text as written holds there. */
    String written(BasedSequence chars) {
        if (shortened == null || chars.isEmpty()) {
            return chars.toString();
        }
        // Piece by piece, since a node's characters skip what its containers own (a quote's ">", an indent).
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < chars.length()) {
            int start = chars.getIndexOffset(i);
            int end = i + 1;
            while (end < chars.length() && (start < 0 ? chars.getIndexOffset(end) < 0
                    : chars.getIndexOffset(end) == start + end - i)) {
                end++;
            }
            if (start >= 0) {
                out.append(written, written(start), written(start + end - i));
            } else {
                out.append(chars, i, end);
                // Flexmark writes a quoted line's indent as blanks of its own, one for each it read: those it did not
                // read, since they were shortened away, are added back.
                if (i > 0 && end < chars.length()) {
                    int after = chars.getIndexOffset(i - 1) + 1;
                    int next = chars.getIndexOffset(end);
                    out.append(" ".repeat(Math.max(0, written(next) - written(after) - (next - after))));
                }
            }
            i = end;
        }
        return out.toString();
    }

    /** The position in the file of {@code offset} in the text as written ({@link #written(int)}). */
    SourcePosition position(String file, int offset) {
        int index = lineIndex(writtenStarts, offset);
        SourceLine line = lines.get(index);
        return new SourcePosition(file, line.line(), line.column() + offset - writtenStarts[index]);
    }
}
