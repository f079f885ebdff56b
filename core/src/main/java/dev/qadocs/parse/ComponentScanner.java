package dev.qadocs.parse;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.model.SourcePosition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Mintlify components and HTML {@code <details>} blocks in page text, line by line and fence-aware.
 * A Markdown parser alone cannot do this: it reads indented JSX content as code and tags inside fences as HTML.
 * Only tags that start a line (after indentation) are structure; inline JSX such as {@code <div style={{…}}>}
 * stays in the text for the renderer to sanitize. One instance scans one page.
 */
final class ComponentScanner {

    /** MDX pages: capitalised JSX components and details; Markdown pages: details only, as GitHub reads them. */
    private static final Tags MDX = new Tags("([A-Z][\\w.]*|(?i:details|summary))");
    private static final Tags MARKDOWN = new Tags("((?i:details|summary))");
    private static final Pattern SUMMARY_END = Pattern.compile("(?i)</summary\\s*>");
    /** An open tag longer than this many lines is a typo (a missing {@code >}), not a tag. */
    private static final int MAX_TAG_LINES = 20;

    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Deque<Frame> open = new ArrayDeque<>();
    private final Fences fences = new Fences();

    private final Tags tags;

    /**
     * @param mdx whether JSX components count: in a GitHub README a line such as {@code <Suspense> waits…} is prose
     */
    ComponentScanner(String file, boolean mdx) {
        this.file = file;
        this.tags = mdx ? MDX : MARKDOWN;
    }

    private record Tags(Pattern open, Pattern close, Pattern closeAtEnd) {
        Tags(String name) {
            this(Pattern.compile("^<" + name + "(?=[\\s/>]|$)"), Pattern.compile("^</" + name + "\\s*>"),
                    Pattern.compile("</" + name + "\\s*>\\s*$"));
        }
    }

    List<Block> scan(List<SourceLine> lines) {
        Frame root = new Frame("", Map.of(), new SourcePosition(file, 1, 1));
        open.push(root);
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            i = fences.isCode(line.text()) ? addText(line, i) : scanLine(line, lines, i);
        }
        while (open.size() > 1) {
            Frame unclosed = open.peek();
            diagnostics.add(Diagnostic.error(unclosed.position, ParseRules.UNCLOSED_TAG.id(),
                    "<" + unclosed.name + "> is never closed; add </" + unclosed.name + ">"));
            close();
        }
        root.flushText();
        return root.children;
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /** Handles one line outside code; returns the index of the last line it consumed. */
    private int scanLine(SourceLine line, List<SourceLine> lines, int index) {
        SourceLine tag = line.stripLeading();
        Matcher close = tags.close().matcher(tag.text());
        if (close.lookingAt()) {
            closeTag(close.group(1), tag.positionIn(file));
            return scanRest(tag.from(close.end()), lines, index);
        }
        Matcher openTag = tags.open().matcher(tag.text());
        if (openTag.lookingAt()) {
            return openTag(openTag.group(1), tag, lines, index);
        }
        Matcher closeAtEnd = tags.closeAtEnd().matcher(line.text());
        if (open.size() > 1 && line.text().contains("</") && closeAtEnd.find() && isOpen(closeAtEnd.group(1))) {
            SourceLine text = new SourceLine(line.text().substring(0, closeAtEnd.start()), line.line(), line.column());
            addText(text, index);
            closeTag(closeAtEnd.group(1), line.from(closeAtEnd.start()).positionIn(file));
            return index;
        }
        return addText(line, index);
    }

    private int scanRest(SourceLine rest, List<SourceLine> lines, int index) {
        return rest.isBlank() ? index : scanLine(rest.stripLeading(), lines, index);
    }

    private int openTag(String name, SourceLine first, List<SourceLine> lines, int index) {
        StringBuilder text = new StringBuilder(first.text());
        int last = index;
        int lastLineOffset = 0;
        Optional<OpenTag> tag = OpenTag.read(text.toString());
        while (tag.isEmpty() && last + 1 < lines.size() && last - index < MAX_TAG_LINES) {
            last++;
            lastLineOffset = text.length() + 1;
            text.append('\n').append(lines.get(last).text());
            tag = OpenTag.read(text.toString());
        }
        if (tag.isEmpty()) {
            return addText(first, index);
        }
        SourceLine rest = last == index ? first.from(tag.get().end())
                : lines.get(last).from(tag.get().end() - lastLineOffset);
        if (name.equalsIgnoreCase("summary")) {
            return summary(first, rest, lines, last, index);
        }
        Frame frame = new Frame(name, tag.get().attributes(), first.positionIn(file));
        if (tag.get().selfClosing()) {
            open.peek().add(frame.toComponent());
        } else {
            open.push(frame);
        }
        return scanRest(rest, lines, last);
    }

    /** {@code <summary>} gives its {@code <details>} a title; anywhere else it is plain HTML. */
    private int summary(SourceLine tagLine, SourceLine rest, List<SourceLine> lines, int last, int index) {
        Frame details = open.peek();
        if (!details.name.equalsIgnoreCase("details")) {
            return addText(tagLine, index);
        }
        StringBuilder title = new StringBuilder();
        SourceLine current = rest;
        int at = last;
        Matcher end = SUMMARY_END.matcher(current.text());
        while (!end.find()) {
            title.append(current.text()).append(' ');
            if (at + 1 >= lines.size()) {
                diagnostics.add(Diagnostic.error(tagLine.positionIn(file), ParseRules.UNCLOSED_TAG.id(), "<summary> is never closed"));
                details.attributes.putIfAbsent("title", plainTitle(title));
                return at;
            }
            current = lines.get(++at);
            end = SUMMARY_END.matcher(current.text());
        }
        title.append(current.text(), 0, end.start());
        details.attributes.putIfAbsent("title", plainTitle(title));
        return scanRest(current.from(end.end()), lines, at);
    }

    private static String plainTitle(CharSequence html) {
        return html.toString().replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").strip();
    }

    private void closeTag(String name, SourcePosition at) {
        Frame innermost = open.peek();
        if (!isOpen(name)) {
            diagnostics.add(Diagnostic.error(at, ParseRules.MISMATCHED_TAG.id(), "</" + name + "> closes nothing: no <" + name + "> is open"));
            return;
        }
        if (!sameName(innermost.name, name)) {
            diagnostics.add(Diagnostic.error(at, ParseRules.MISMATCHED_TAG.id(), "</" + name + "> found while <" + innermost.name
                    + "> from line " + innermost.position.line() + " is still open"));
        }
        Frame closed;
        do {
            closed = close();
        } while (!sameName(closed.name, name));
    }

    private boolean isOpen(String name) {
        return open.stream().limit(open.size() - 1L).anyMatch(frame -> sameName(frame.name, name));
    }

    private static boolean sameName(String a, String b) {
        return a.equals(b) || (a.equalsIgnoreCase("details") && b.equalsIgnoreCase("details"));
    }

    private Frame close() {
        Frame frame = open.pop();
        open.peek().add(frame.toComponent());
        return frame;
    }

    private int addText(SourceLine line, int index) {
        open.peek().text.add(line);
        return index;
    }

    /** A component being read: its children so far and the Markdown lines not yet wrapped in a block. */
    private static final class Frame {
        final String name;
        final Map<String, String> attributes;
        final SourcePosition position;
        final List<Block> children = new ArrayList<>();
        List<SourceLine> text = new ArrayList<>();

        Frame(String name, Map<String, String> attributes, SourcePosition position) {
            this.name = name;
            this.attributes = new LinkedHashMap<>(attributes);
            this.position = position;
        }

        void add(Block.Component component) {
            flushText();
            children.add(component);
        }

        void flushText() {
            if (!text.isEmpty()) {
                children.add(new Block.Text(text));
                text = new ArrayList<>();
            }
        }

        Block.Component toComponent() {
            flushText();
            return new Block.Component(name, attributes, Dedent.blocks(children), position);
        }
    }
}
