package dev.qadocs.parse;

import dev.qadocs.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes scanned blocks as qadocs Markdown, the one dialect every later stage reads: components become GitHub
 * alerts, {@code <details>} blocks, ordered lists and bold titles. Unknown components give their content, so no
 * text is lost to a component qadocs has not heard of. Lines keep their source position; lines the writer makes
 * up (an alert marker, a summary) carry the position of the component they stand for.
 */
final class MarkdownWriter {

    private final List<SourceLine> out = new ArrayList<>();

    static List<SourceLine> lines(List<Block> blocks) {
        MarkdownWriter writer = new MarkdownWriter();
        writer.writeAll(blocks);
        return writer.out;
    }

    static String markdown(List<Block> blocks) {
        return join(lines(blocks));
    }

    /** The lines' text without leading and trailing blank lines, and with runs of blank lines outside code made one. */
    static String join(List<SourceLine> lines) {
        StringBuilder text = new StringBuilder();
        Fences fences = new Fences();
        int pendingBlanks = 0;
        for (SourceLine line : lines) {
            boolean code = fences.isCode(line.text());
            if (line.isBlank()) {
                pendingBlanks = text.isEmpty() ? 0 : pendingBlanks + 1;
                continue;
            }
            if (!text.isEmpty()) {
                text.append("\n".repeat(1 + (code ? pendingBlanks : Math.min(pendingBlanks, 1))));
            }
            text.append(line.text().stripTrailing());
            pendingBlanks = 0;
        }
        return text.toString();
    }

    private void writeAll(List<Block> blocks) {
        Block.visit(blocks, text -> out.addAll(text.lines()), this::write);
    }

    private void write(Block.Component component) {
        var callout = CalloutTypes.ofComponent(component.name());
        if (callout.isPresent()) {
            made(component, "", "> [!" + CalloutTypes.alertName(callout.get()) + "]");
            for (SourceLine line : lines(component.children())) {
                out.add(line.isBlank() ? new SourceLine(">", line.line(), line.column()) : prefixed("> ", line));
            }
            made(component, "");
        } else if (component.isCollapsible()) {
            made(component, "", "<details>", "<summary>" + escapeHtml(component.title()) + "</summary>", "");
            writeAll(component.children());
            made(component, "", "</details>", "");
        } else if (component.name().equals("Steps")) {
            steps(component);
        } else if (component.name().equals("Tab") || component.name().equals("Card")) {
            titled(component);
        } else {
            writeAll(component.children());
        }
    }

    private void steps(Block.Component steps) {
        int number = 0;
        for (Block child : steps.children()) {
            if (child instanceof Block.Component step && step.name().equals("Step")) {
                String marker = ++number + ". ";
                made(step, "", marker + "**" + step.title() + "**", "");
                String indent = " ".repeat(marker.length());
                for (SourceLine line : lines(step.children())) {
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
        writeAll(component.children());
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
