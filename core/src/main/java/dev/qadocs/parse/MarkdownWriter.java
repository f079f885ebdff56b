package dev.qadocs.parse;

import dev.qadocs.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes scanned blocks as qadocs Markdown, the one dialect every later stage reads: components become GitHub
 * alerts, {@code <details>} blocks, ordered lists and bold titles. Unknown components give their content, so no
 * text is lost to a component qadocs has not heard of. Lines keep their source position; lines the writer makes
 * up (an alert marker, a summary) carry the position of the component they stand for.
 */
final class MarkdownWriter {

    /**
     * Components nested deeper than this are written as their text alone, without the markup of the
     * components around it: the writer recurses once per level, and no page nests that deep by intent.
     */
    static final int MAX_DEPTH = 64;

    private final List<SourceLine> out = new ArrayList<>();
    private final int depth;

    private MarkdownWriter(int depth) {
        this.depth = depth;
    }

    static List<SourceLine> lines(List<Block> blocks) {
        return lines(blocks, 0);
    }

    private static List<SourceLine> lines(List<Block> blocks, int depth) {
        MarkdownWriter writer = new MarkdownWriter(depth);
        writer.writeAll(blocks);
        return writer.out;
    }

    static String markdown(List<Block> blocks) {
        return join(lines(blocks));
    }

    /** The lines' text without leading and trailing blank lines, and with runs of blank lines outside code made one. */
    static String join(List<SourceLine> lines) {
        return text(tidy(lines));
    }

    /**
     * The lines {@link #join} writes, each where it was read: blank lines emptied, the blank lines at either end
     * dropped, runs of them outside code made one, trailing blanks stripped.
     */
    static List<SourceLine> tidy(List<SourceLine> lines) {
        List<SourceLine> kept = new ArrayList<>(lines.size());
        Fences fences = new Fences();
        int pendingBlanks = 0;
        for (SourceLine line : lines) {
            boolean code = fences.isCode(line.text());
            if (line.isBlank()) {
                pendingBlanks = kept.isEmpty() ? 0 : pendingBlanks + 1;
                continue;
            }
            for (int i = code ? pendingBlanks : Math.min(pendingBlanks, 1); i > 0; i--) {
                kept.add(new SourceLine("", line.line(), 1));
            }
            kept.add(new SourceLine(line.text().stripTrailing(), line.line(), line.column()));
            pendingBlanks = 0;
        }
        return kept;
    }

    /** Tidy lines as one text. */
    static String text(List<SourceLine> tidy) {
        return tidy.stream().map(SourceLine::text).collect(Collectors.joining("\n"));
    }

    private void writeAll(List<Block> blocks) {
        Block.visit(blocks, text -> out.addAll(text.lines()), this::write);
    }

    /** The component's content, one level deeper; as plain text once the levels run out. */
    private List<SourceLine> inner(List<Block> children) {
        if (depth >= MAX_DEPTH) {
            List<SourceLine> text = new ArrayList<>();
            Block.walk(children, block -> text.addAll(block.lines()), component -> { });
            return text;
        }
        return lines(children, depth + 1);
    }

    private void write(Block.Component component) {
        var callout = CalloutTypes.ofComponent(component.name());
        if (callout.isPresent()) {
            made(component, "", "> [!" + CalloutTypes.alertName(callout.get()) + "]");
            for (SourceLine line : inner(component.children())) {
                out.add(line.isBlank() ? new SourceLine(">", line.line(), line.column()) : prefixed("> ", line));
            }
            made(component, "");
        } else if (component.isCollapsible()) {
            made(component, "", "<details>", "<summary>" + escapeHtml(component.title()) + "</summary>", "");
            out.addAll(inner(component.children()));
            made(component, "", "</details>", "");
        } else if (component.name().equals("Steps")) {
            steps(component);
        } else if (component.name().equals("Tab") || component.name().equals("Card")) {
            titled(component);
        } else {
            out.addAll(inner(component.children()));
        }
    }

    private void steps(Block.Component steps) {
        int number = 0;
        for (Block child : steps.children()) {
            if (child instanceof Block.Component step && step.name().equals("Step")) {
                String marker = ++number + ". ";
                made(step, "", marker + "**" + step.title() + "**", "");
                String indent = " ".repeat(marker.length());
                for (SourceLine line : inner(step.children())) {
                    out.add(line.isBlank() ? line : prefixed(indent, line));
                }
            } else {
                writeAll(List.of(child));
            }
        }
        made(steps, "");
    }

    /** A tab or card: its title in bold (a card's title links to its {@code href}), then its content. */
    private void titled(Block.Component component) {
        String title = component.title().isEmpty() ? "" : "**" + component.title() + "**";
        String href = component.attribute("href").orElse("");
        String heading = href.isEmpty() ? title : "[" + (title.isEmpty() ? href : title) + "](" + href + ")";
        made(component, "", heading, "");
        out.addAll(inner(component.children()));
        made(component, "");
    }

    private void made(Block.Component component, String... lines) {
        SourcePosition at = component.position();
        for (String line : lines) {
            out.add(new SourceLine(line, at.line(), at.column()));
        }
    }

    private static SourceLine prefixed(String prefix, SourceLine line) {
        return new SourceLine(prefix + line.text(), line.line(), Math.max(1, line.column() - prefix.length()));
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
