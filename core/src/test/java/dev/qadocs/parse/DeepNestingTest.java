package dev.qadocs.parse;

import dev.qadocs.model.Link;
import dev.qadocs.model.SourcePosition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The writer and the link collector walk any depth of components without exhausting the stack. */
class DeepNestingTest {

    private static final int DEPTH = 20_000;

    /** {@code depth} callouts, each holding the next; the innermost holds a line with a link. */
    private static List<Block> nested(int depth) {
        List<Block> inner = List.of(new Block.Text(List.of(new SourceLine("deep [x](y.md) text", depth + 1, 1))));
        for (int i = depth; i >= 1; i--) {
            inner = List.of(new Block.Component(i % 2 == 0 ? "Note" : "Accordion", Map.of("title", "t" + i), inner,
                    new SourcePosition("p.mdx", i, 1)));
        }
        return inner;
    }

    @Test
    void theWriterKeepsTheTextOfComponentsBeyondItsDepthLimit() {
        List<SourceLine> lines = MarkdownWriter.lines(nested(DEPTH));

        assertThat(lines).extracting(SourceLine::text).anyMatch(text -> text.endsWith("deep [x](y.md) text"));
        assertThat(lines).extracting(SourceLine::text).filteredOn(text -> text.equals("<details>"))
                .hasSizeLessThanOrEqualTo(MarkdownWriter.MAX_DEPTH);
    }

    @Test
    void linksAreFoundAtAnyDepth() {
        List<Link> links = LinkCollector.collect("p.mdx", nested(DEPTH), new MarkdownTree.Cache());

        assertThat(links).singleElement().satisfies(link -> {
            assertThat(link.target()).isEqualTo("y.md");
            assertThat(link.position()).isEqualTo(new SourcePosition("p.mdx", DEPTH + 1, 6));
        });
    }
}
