package dev.qadocs.parse;

import dev.qadocs.model.SourcePosition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/** What the component scanner sees in a page: runs of Markdown lines and the components that hold them. */
sealed interface Block permits Block.Text, Block.Component {

    /** Hands each block, in order, to the consumer for its kind. */
    static void visit(List<Block> blocks, Consumer<Text> onText, Consumer<Component> onComponent) {
        for (Block block : blocks) {
            if (block instanceof Text text) {
                onText.accept(text);
            } else if (block instanceof Component component) {
                onComponent.accept(component);
            }
        }
    }

    /** Markdown lines, already dedented relative to the component around them. */
    record Text(List<SourceLine> lines) implements Block {

        public Text {
            lines = List.copyOf(lines);
        }

        /** The lines outside fenced code: the only ones that can be headings, labels or tags. */
        List<SourceLine> proseLines() {
            boolean[] code = Fences.codeFlags(lines);
            return IntStream.range(0, code.length).filter(i -> !code[i]).mapToObj(lines::get).toList();
        }
    }

    /**
     * A Mintlify component ({@code <Accordion title="…">}) or an HTML {@code <details>} block, whose
     * {@code <summary>} is read as its {@code title} attribute.
     */
    record Component(String name, Map<String, String> attributes, List<Block> children, SourcePosition position)
            implements Block {

        public Component {
            attributes = Map.copyOf(attributes);
            children = List.copyOf(children);
        }

        Optional<String> attribute(String key) {
            return Optional.ofNullable(attributes.get(key)).filter(v -> !v.isBlank());
        }

        String title() {
            return attribute("title").orElse("");
        }

        boolean isCollapsible() {
            return name.equals("Accordion") || name.equalsIgnoreCase("details");
        }

        boolean isGroup() {
            return name.equals("AccordionGroup");
        }
    }
}
