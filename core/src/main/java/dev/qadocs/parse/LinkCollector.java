package dev.qadocs.parse;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.qadocs.markdown.SelectiveInlines;
import dev.qadocs.model.SourcePosition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every link and image written in a page, at the position of its first character in the original file.
 * Each run of Markdown lines is read in its {@link MarkdownTree}, so links in code are never reported; the run's
 * lines carry their original line and column, which maps Flexmark's offsets back through front matter and dedenting.
 */
final class LinkCollector {

    private static final Pattern HTML_LINK = Pattern.compile(
            "<(a|img)\\b[^>]*?\\s(href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))", Pattern.CASE_INSENSITIVE);

    private final String file;
    private final MarkdownTree.Cache trees;
    private final List<dev.qadocs.model.Link> links = new ArrayList<>();

    private LinkCollector(String file, MarkdownTree.Cache trees) {
        this.file = file;
        this.trees = trees;
    }

    static List<dev.qadocs.model.Link> collect(String file, List<Block> blocks, MarkdownTree.Cache trees) {
        LinkCollector collector = new LinkCollector(file, trees);
        collector.blocks(blocks);
        collector.links.sort(Comparator.comparing(dev.qadocs.model.Link::position,
                Comparator.comparingInt(SourcePosition::line).thenComparingInt(SourcePosition::column)));
        return List.copyOf(collector.links);
    }

    /**
     * Whether the links of a paragraph or heading with inline content {@code input} need its inlines read. Reading
     * inlines is the expensive part of a parse; text without a {@link LinkMarkers link marker} needs none. No marker
     * spans lines: a text with no line holding one is not read at all.
     */
    static boolean readsInlines(BasedSequence input) {
        return SelectiveInlines.mayHold(input, LinkMarkers::in);
    }

    private void blocks(List<Block> blocks) {
        Block.walk(blocks, this::text, component -> component.attribute("href").ifPresent(href ->
                links.add(new dev.qadocs.model.Link(href, component.title(), false, component.position()))));
    }

    /** Whether any of the lines may hold a link: the others are not read. */
    static boolean mayLink(List<SourceLine> lines) {
        return lines.stream().anyMatch(line -> LinkMarkers.in(line.text()));
    }

    /** {@link #mayLink(List)} for the lines of {@code text}, joined by newlines: no marker spans lines. */
    static boolean mayLink(String text) {
        return LinkMarkers.in(text);
    }

    private void text(Block.Text text) {
        if (!trees.mayLink(text)) {
            return;
        }
        MarkdownTree tree = trees.of(text);
        Node root = tree.document();
        for (Node node = root.getFirstChild(); node != null; node = next(node, root)) {
            if (node instanceof Link link) {
                add(tree.written(link.getUrl()), tree.written(link.getText()), false, tree.written(node.getStartOffset()), tree);
            } else if (node instanceof Image image) {
                add(tree.written(image.getUrl()), tree.written(image.getText()), true, tree.written(node.getStartOffset()), tree);
            } else if (node instanceof HtmlInline || node instanceof HtmlBlock) {
                Matcher html = HTML_LINK.matcher(tree.written(node.getChars()));
                while (html.find()) {
                    boolean image = html.group(1).equalsIgnoreCase("img");
                    if (image == html.group(2).equalsIgnoreCase("src")) {
                        String target = html.group(3) != null ? html.group(3)
                                : html.group(4) != null ? html.group(4) : html.group(5);
                        add(target, "", image, tree.written(node.getStartOffset()) + html.start(), tree);
                    }
                }
            }
        }
    }

    /**
     * The node after {@code node} in document order, below {@code root}; null after the last. Flexmark's descendant
     * iterator did the same walk at several times the cost under C1, and the parent links need no stack however
     * deep the nesting.
     */
    private static Node next(Node node, Node root) {
        if (node.getFirstChild() != null) {
            return node.getFirstChild();
        }
        for (Node at = node; at != root; at = at.getParent()) {
            if (at.getNext() != null) {
                return at.getNext();
            }
        }
        return null;
    }

    /** A link at {@code offset} of the text as written. */
    private void add(String target, String text, boolean image, int offset, MarkdownTree tree) {
        links.add(new dev.qadocs.model.Link(target, text, image, tree.position(file, offset)));
    }
}
