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
     * A Mintlify component ({@code <Accordion title="…">}), an HTML {@code <details>} block (whose
     * {@code <summary>} is read as its {@code title} attribute) or heading, an admonition or a directive.
     */
    record Component(String name, Map<String, String> attributes, List<Block> children, SourcePosition position)
            implements Block {

        static final String ADMONITION = "admonition";

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

        /** Accordions, {@code <details>} and admonitions: a title over content a reader opens. */
        boolean isCollapsible() {
            return name.equals("Accordion") || name.equalsIgnoreCase("details") || isAdmonition();
        }

        /** An MkDocs admonition ({@code ??? question "Title"}), with its {@code type} and {@code title}. */
        boolean isAdmonition() {
            return name.equals(ADMONITION);
        }

        /** 1 to 6 for an HTML heading ({@code <h3 name="…">}), else 0. */
        int headingLevel() {
            return name.length() == 2 && (name.charAt(0) == 'h' || name.charAt(0) == 'H')
                    && name.charAt(1) >= '1' && name.charAt(1) <= '6' ? name.charAt(1) - '0' : 0;
        }

        boolean isGroup() {
            return name.equals("AccordionGroup");
        }
    }
}
