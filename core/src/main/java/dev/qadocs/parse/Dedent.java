package dev.qadocs.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes the indentation authors give content for readability (inside a JSX component, under a {@code 1. ###}
 * list item). Left in place, Markdown would read four spaces as a code block. Code lines do not count towards the
 * common indentation unless there is nothing else, and fragments after a tag on the same line keep theirs.
 */
final class Dedent {

    private Dedent() {
    }

    static List<Block> blocks(List<Block> blocks) {
        int width = commonIndent(blocks, false);
        if (width == Integer.MAX_VALUE) {
            width = commonIndent(blocks, true);
        }
        if (width == Integer.MAX_VALUE || width == 0) {
            return blocks;
        }
        int by = width;
        List<Block> dedented = new ArrayList<>();
        for (Block block : blocks) {
            dedented.add(block instanceof Block.Text text
                    ? new Block.Text(text.lines().stream().map(l -> l.column() == 1 ? l.dedent(by) : l).toList())
                    : block);
        }
        return dedented;
    }

    private static int commonIndent(List<Block> blocks, boolean includeCode) {
        int width = Integer.MAX_VALUE;
        for (Block block : blocks) {
            if (block instanceof Block.Text text) {
                boolean[] code = Fences.codeFlags(text.lines());
                for (int i = 0; i < code.length; i++) {
                    SourceLine line = text.lines().get(i);
                    if (line.column() == 1 && !line.isBlank() && (includeCode || !code[i])) {
                        width = Math.min(width, line.indent());
                    }
                }
            } else if (block instanceof Block.Component component) {
                width = Math.min(width, component.position().column() - 1);
            }
        }
        return width;
    }
}
