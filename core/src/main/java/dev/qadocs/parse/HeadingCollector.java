package dev.qadocs.parse;

import dev.qadocs.model.Heading;
import dev.qadocs.model.SourcePosition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every heading of a page its anchor id, in source order, from one id namespace: Markdown headings at any
 * depth, and the collapsibles that stand as entries (questions or passages), which read as level-3 headings.
 * Collapsibles nested in other content become {@code <details>} and have no anchor.
 */
final class HeadingCollector {

    private final String file;
    private final Slugger slugger = new Slugger();
    private final Map<Integer, Heading> byLine = new LinkedHashMap<>();

    private HeadingCollector(String file) {
        this.file = file;
    }

    /** The headings by source line (a line holds at most one). */
    static Map<Integer, Heading> collect(String file, List<Block> blocks) {
        HeadingCollector collector = new HeadingCollector(file);
        collector.blocks(blocks, true);
        return collector.byLine;
    }

    private void blocks(List<Block> blocks, boolean entryLevel) {
        Block.visit(blocks, text -> text.proseLines().forEach(line -> HeadingLine.parse(line.text()).ifPresent(heading ->
                        add(heading.level(), heading.text(), line.stripLeading().positionIn(file)))),
                component -> {
                    if (entryLevel && component.isCollapsible()) {
                        add(3, component.title(), component.position());
                    }
                    blocks(component.children(), entryLevel && component.isGroup());
                });
    }

    private void add(int level, String markdown, SourcePosition at) {
        String text = InlineText.plain(markdown);
        byLine.put(at.line(), new Heading(level, text, slugger.unique(text), at));
    }

}
