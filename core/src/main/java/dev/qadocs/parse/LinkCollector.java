package dev.qadocs.parse;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.qadocs.markdown.LinearInlineParser;
import dev.qadocs.markdown.LongTags;
import dev.qadocs.model.SourcePosition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every link and image written in a page, at the position of its first character in the original file.
 * Each run of Markdown lines is parsed by Flexmark, so links in code are never reported; the run's lines carry
 * their original line and column, which maps Flexmark's offsets back through front matter and dedenting.
 */
final class LinkCollector {

    private static final Pattern HTML_LINK = Pattern.compile(
            "<(a|img)\\b[^>]*?\\s(href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))", Pattern.CASE_INSENSITIVE);

    /**
     * Parsing is the expensive part; text without an inline link ({@code ]} right before its {@code (}) or a link
     * tag needs none. Neither marker spans lines: a text with no line holding one is not parsed, and a paragraph or
     * heading without one keeps its inlines unparsed.
     */
    private static final Pattern MAY_LINK = Pattern.compile("]\\(|<(?i:a|img)\\b");
    /**
     * Tables as the renderer reads them: without the extension a table is one long paragraph, and Flexmark's
     * inline parser copies the rest of a paragraph at every match, which made a large table cost its length squared.
     */
    private static final Parser PARSER = LinearInlineParser.parser(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create())), MAY_LINK);

    private final String file;
    private final List<dev.qadocs.model.Link> links = new ArrayList<>();

    private LinkCollector(String file) {
        this.file = file;
    }

    static List<dev.qadocs.model.Link> collect(String file, List<Block> blocks) {
        LinkCollector collector = new LinkCollector(file);
        collector.blocks(blocks);
        collector.links.sort(Comparator.comparing(dev.qadocs.model.Link::position,
                Comparator.comparingInt(SourcePosition::line).thenComparingInt(SourcePosition::column)));
        return List.copyOf(collector.links);
    }

    private void blocks(List<Block> blocks) {
        Block.walk(blocks, text -> text(text.lines()), component -> component.attribute("href").ifPresent(href ->
                links.add(new dev.qadocs.model.Link(href, component.title(), false, component.position()))));
    }

    private void text(List<SourceLine> lines) {
        if (lines.stream().noneMatch(line -> MAY_LINK.matcher(line.text()).find())) {
            return;
        }
        StringBuilder joined = new StringBuilder();
        int[] starts = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            starts[i] = joined.length();
            joined.append(lines.get(i).text()).append('\n');
        }
        // Same length, so offsets stay; a tag too long for Flexmark's pattern is not a link anyway.
        for (Node node : PARSER.parse(LongTags.defuse(joined.toString(), " ")).getDescendants()) {
            if (node instanceof Link link) {
                add(link.getUrl().toString(), link.getText().toString(), false, node.getStartOffset(), lines, starts);
            } else if (node instanceof Image image) {
                add(image.getUrl().toString(), image.getText().toString(), true, node.getStartOffset(), lines, starts);
            } else if (node instanceof HtmlInline || node instanceof HtmlBlock) {
                Matcher html = HTML_LINK.matcher(node.getChars());
                while (html.find()) {
                    boolean image = html.group(1).equalsIgnoreCase("img");
                    if (image == html.group(2).equalsIgnoreCase("src")) {
                        String target = html.group(3) != null ? html.group(3)
                                : html.group(4) != null ? html.group(4) : html.group(5);
                        add(target, "", image, node.getStartOffset() + html.start(), lines, starts);
                    }
                }
            }
        }
    }

    private void add(String target, String text, boolean image, int offset, List<SourceLine> lines, int[] starts) {
        int index = lineIndex(starts, offset);
        SourceLine line = lines.get(index);
        links.add(new dev.qadocs.model.Link(target, text, image,
                new SourcePosition(file, line.line(), line.column() + offset - starts[index])));
    }

    /** The line holding {@code offset}: the last line starting at or before it. */
    private static int lineIndex(int[] starts, int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }
}
