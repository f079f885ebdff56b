package dev.qadocs.parse;

import dev.qadocs.model.QuestionUnit;
import dev.qadocs.model.Heading;
import dev.qadocs.model.SourcePosition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Gives every heading of a page its anchor id, in source order, from one id namespace: Markdown headings at any
 * depth (as CommonMark finds them), HTML headings, and the units that stand as entries (collapsibles, admonitions,
 * and bold questions when the page's questions are bold), which read as level-3 headings. Collapsibles nested in
 * other content become {@code <details>} and have no anchor. An explicit id ({@code {#id}}, {@code <a name>},
 * {@code <h3 name>}) is the anchor; otherwise GitHub's slug of the text.
 */
final class HeadingCollector {

    private final String file;
    private final QuestionUnit unit;
    private final MarkdownStructure.Cache structures;
    private final Slugger slugger = new Slugger();
    private final Map<Integer, Heading> byLine = new LinkedHashMap<>();

    private HeadingCollector(String file, QuestionUnit unit, MarkdownStructure.Cache structures) {
        this.file = file;
        this.unit = unit;
        this.structures = structures;
    }

    /** The headings by source line (a line holds at most one). */
    static Map<Integer, Heading> collect(String file, List<Block> blocks, QuestionUnit unit,
                                         MarkdownStructure.Cache structures) {
        HeadingCollector collector = new HeadingCollector(file, unit, structures);
        collector.blocks(blocks, true);
        return collector.byLine;
    }

    private void blocks(List<Block> blocks, boolean entryLevel) {
        Block.visit(blocks, text -> text(text, entryLevel), component -> {
            if (component.headingLevel() > 0) {
                String markdown = MarkdownWriter.markdown(component.children());
                add(component.headingLevel(), markdown, component.attribute("name").or(() -> component.attribute("id")),
                        component.position());
            } else if (entryLevel && component.isCollapsible()) {
                add(3, component.title(), Optional.empty(), component.position());
            }
            blocks(component.children(), entryLevel && component.isGroup());
        });
    }

    private void text(Block.Text text, boolean entryLevel) {
        MarkdownStructure structure = structures.of(text);
        for (int i = 0; i < text.lines().size(); i++) {
            SourceLine line = text.lines().get(i);
            HeadingLine heading = structure.allHeadings().get(i);
            Optional<String> bold = entryLevel && unit.kind() == QuestionUnit.Kind.BOLD ? structure.boldParagraph(i)
                    : Optional.empty();
            if (entryLevel && bold.isEmpty() && PageAssembler.readsBoldItems(unit)) {
                bold = structure.boldItem(i);
            }
            if (heading != null) {
                add(heading.level(), heading.text(), Optional.empty(), line.stripLeading().positionIn(file));
            } else if (bold.isPresent()) {
                add(3, bold.get(), Optional.empty(), line.stripLeading().positionIn(file));
            }
        }
    }

    private void add(int level, String markdown, Optional<String> explicitId, SourcePosition at) {
        String text = structures.plain(markdown);
        String id = explicitId.or(() -> ReaderTitle.read(markdown, OptionalInt.empty()).id())
                .map(slugger::explicit).orElseGet(() -> slugger.unique(text));
        byLine.put(at.line(), new Heading(level, text, id, at));
    }
}
