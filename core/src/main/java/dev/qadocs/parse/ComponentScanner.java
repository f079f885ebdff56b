package dev.qadocs.parse;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.model.SourcePosition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the containers of a page's text, line by line and fence-aware: Mintlify components, HTML {@code <details>}
 * and {@code <h1>}…{@code <h6>} blocks, MkDocs admonitions ({@code ??? question "…"} with an indented body) and
 * content tabs ({@code === "Linux"}, read as {@code <Tab title>}),
 * Docusaurus directives ({@code :::tip} … {@code :::}). A Markdown parser alone cannot do this: it reads indented
 * JSX content as code and tags inside fences as HTML. Only tags that start a line (after indentation) are
 * structure; inline JSX such as {@code <div style={{…}}>} stays in the text for the renderer to sanitize.
 * Containers nest at most {@link #MAX_DEPTH} deep, so hostile nesting cannot exhaust the stack of later stages.
 * One instance scans one page.
 */
final class ComponentScanner {

    /**
     * MDX pages: capitalised JSX components, details and HTML headings. Markdown pages: those HTML tags, as GitHub
     * reads them, and Mintlify's own components, because Mintlify reads {@code .md} pages as MDX; other capitalised
     * tags stay prose there ({@code <Suspense> waits…} in a README).
     */
    private static final Tags MDX = new Tags("([A-Z][\\w.]*|(?i:details|summary|h[1-6]))");
    private static final Tags MARKDOWN = new Tags("((?i:details|summary|h[1-6])|AccordionGroup|Accordion|Steps|Step"
            + "|Tabs|Tab|CardGroup|Card|Columns|Note|Tip|Info|Warning|Check|Danger|Frame|CodeGroup|Expandable)");
    /** {@code ??? question "Title"}, {@code ???+ note}, {@code !!! tip "Title"}: the title runs to the last quote. */
    private static final Pattern ADMONITION = Pattern.compile("^(\\?{3}\\+?|!{3})[ \\t]+([\\w-]+)(?:[ \\t]+\"(.*)\")?[ \\t]*$");
    /** A pymdownx content tab, {@code === "Linux"}, whose body is indented under it like an admonition's. */
    private static final Pattern CONTENT_TAB = Pattern.compile("^===\\+?[ \\t]+\"(.*)\"[ \\t]*$");
    private static final Pattern DIRECTIVE_OPEN = Pattern.compile("^:{3,}[ \\t]*([A-Za-z][\\w-]*)(.*)$");
    private static final Pattern DIRECTIVE_CLOSE = Pattern.compile("^:{3,}[ \\t]*$");
    /** Docusaurus directives that are callouts read as the Mintlify callout of the same meaning. */
    private static final Map<String, String> DIRECTIVE_CALLOUTS = Map.of("note", "Note", "tip", "Tip",
            "info", "Info", "caution", "Warning", "warning", "Warning", "danger", "Danger");
    /** Deeper containers are a mistake or an attack; their tags are read as text, with one diagnostic. */
    static final int MAX_DEPTH = 64;
    private static final Pattern SUMMARY_END = Pattern.compile("(?i)</summary\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** An open tag longer than this many lines is a typo (a missing {@code >}), not a tag. */
    private static final int MAX_TAG_LINES = 20;

    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Deque<Frame> open = new ArrayDeque<>();
    private final Fences fences = new Fences();

    private final Tags tags;
    private final boolean mdx;
    /** In Markdown pages, the component names the page closes somewhere: only those are components there. */
    private final Set<String> closed = new HashSet<>();
    /** Open tags read as text because they were too deep: their closing tags are text too. */
    private int tooDeep;
    private boolean tooDeepReported;

    /**
     * @param mdx whether JSX components count: in a GitHub README a line such as {@code <Suspense> waits…} is prose
     */
    ComponentScanner(String file, boolean mdx) {
        this.file = file;
        this.tags = mdx ? MDX : MARKDOWN;
        this.mdx = mdx;
    }

    private record Tags(Pattern open, Pattern close, Pattern closeAtEnd) {
        Tags(String name) {
            this(Pattern.compile("^<" + name + "(?=[\\s/>]|$)"), Pattern.compile("^</" + name + "\\s*>"),
                    Pattern.compile("</" + name + "\\s*>\\s*$"));
        }
    }

    List<Block> scan(List<SourceLine> lines) {
        if (!mdx) {
            for (SourceLine line : lines) {
                // Every closing tag starts "</": a look for it spares most lines a copy and a matcher.
                if (!line.text().startsWith("</", line.indent())) {
                    continue;
                }
                Matcher close = tags.close().matcher(line.stripLeading().text());
                if (close.lookingAt()) {
                    closed.add(close.group(1));
                }
            }
        }
        Frame root = new Frame("", Map.of(), new SourcePosition(file, 1, 1));
        open.push(root);
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            closeIndentedBodies(line);
            i = fences.isCode(line.text()) ? addText(line, i) : scanLine(line, lines, i);
        }
        while (open.size() > 1) {
            Frame unclosed = open.peek();
            // An admonition's body ends where its indentation does, the end of the page included.
            if (unclosed.directive) {
                diagnostics.add(Diagnostic.error(unclosed.position, ParseRules.UNCLOSED_TAG.id(),
                        ":::" + unclosed.attributes.get("type") + " is never closed; add a ::: line"));
            } else if (unclosed.bodyIndent == 0) {
                diagnostics.add(Diagnostic.error(unclosed.position, ParseRules.UNCLOSED_TAG.id(),
                        "<" + unclosed.name + "> is never closed; add </" + unclosed.name + ">"));
            }
            close();
        }
        root.flushText();
        return root.children;
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /**
     * HTML tags are always structure; in a Markdown page a Mintlify component only when the page closes it, and a
     * closing tag only when its component is open, so that {@code </Tabs> is not a tag} in a README stays prose.
     */
    private boolean isComponent(String name, boolean closing) {
        if (mdx || !Character.isUpperCase(name.charAt(0))) {
            return true;
        }
        return closing ? isOpen(name) : closed.contains(name);
    }

    /** An admonition's body is its indented lines: the first line indented less ends it. */
    private void closeIndentedBodies(SourceLine line) {
        while (open.size() > 1 && open.peek().bodyIndent > 0 && !line.isBlank() && line.indent() < open.peek().bodyIndent) {
            close();
        }
    }

    /** Handles one line outside code; returns the index of the last line it consumed. */
    private int scanLine(SourceLine line, List<SourceLine> lines, int index) {
        SourceLine tag = line.stripLeading();
        if (tag.text().startsWith("???") || tag.text().startsWith("!!!") || tag.text().startsWith(":::")
                || tag.text().startsWith("===")) {
            Optional<Frame> container = textContainer(tag);
            if (container.isPresent()) {
                return push(container.get(), line) ? index : addText(line, index);
            }
        }
        // Both tag patterns start with "<", which most lines do not: they are spared two matchers.
        if (tag.text().startsWith("<")) {
            Matcher close = tags.close().matcher(tag.text());
            if (close.lookingAt() && isComponent(close.group(1), true)) {
                closeTag(close.group(1), tag.positionIn(file));
                return scanRest(tag.from(close.end()), lines, index);
            }
            Matcher openTag = tags.open().matcher(tag.text());
            if (openTag.lookingAt() && isComponent(openTag.group(1), false)) {
                return openTag(openTag.group(1), tag, lines, index);
            }
        }
        Matcher closeAtEnd;
        if (open.size() > 1 && line.text().contains("</") && (closeAtEnd = tags.closeAtEnd().matcher(line.text())).find()
                && isOpen(closeAtEnd.group(1))) {
            SourceLine text = new SourceLine(line.text().substring(0, closeAtEnd.start()), line.line(), line.column());
            addText(text, index);
            closeTag(closeAtEnd.group(1), line.from(closeAtEnd.start()).positionIn(file));
            return index;
        }
        return addText(line, index);
    }

    /** An admonition or a directive opened, or (empty frame name) a directive closed, by this line. */
    private Optional<Frame> textContainer(SourceLine tag) {
        Matcher admonition = ADMONITION.matcher(tag.text());
        if (admonition.matches()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("type", admonition.group(2));
            attributes.put("title", admonition.group(3) == null ? "" : admonition.group(3));
            Frame frame = new Frame(Block.Component.ADMONITION, attributes, tag.positionIn(file));
            frame.bodyIndent = tag.column() - 1 + 4;
            return Optional.of(frame);
        }
        Matcher tab = CONTENT_TAB.matcher(tag.text());
        if (tab.matches()) {
            Frame frame = new Frame("Tab", Map.of("title", tab.group(1)), tag.positionIn(file));
            frame.bodyIndent = tag.column() - 1 + 4;
            return Optional.of(frame);
        }
        if (DIRECTIVE_CLOSE.matcher(tag.text()).matches() && open.peek().directive) {
            return Optional.of(new Frame("", Map.of(), tag.positionIn(file)));
        }
        Matcher directive = DIRECTIVE_OPEN.matcher(tag.text());
        if (directive.matches()) {
            String type = directive.group(1).toLowerCase(Locale.ROOT);
            Frame frame = new Frame(DIRECTIVE_CALLOUTS.getOrDefault(type, "directive"),
                    Map.of("type", type, "title", directive.group(2).strip()), tag.positionIn(file));
            frame.directive = true;
            return Optional.of(frame);
        }
        return Optional.empty();
    }

    /** Opens {@code frame} (an empty name closes the innermost directive); false when it is too deep to open. */
    private boolean push(Frame frame, SourceLine line) {
        if (frame.name.isEmpty()) {
            close();
            return true;
        }
        if (open.size() > MAX_DEPTH) {
            tooDeep(line.stripLeading().positionIn(file));
            return false;
        }
        open.push(frame);
        return true;
    }

    private void tooDeep(SourcePosition at) {
        tooDeep++;
        if (!tooDeepReported) {
            tooDeepReported = true;
            diagnostics.add(Diagnostic.error(at, ParseRules.NESTING_DEPTH.id(), "nesting deeper than " + MAX_DEPTH
                    + " components; the deeper tags are kept as text"));
        }
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
        } else if (!push(frame, first)) {
            return addText(first, index);
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
        // Most summaries hold no tag: they are spared the matcher, and the whitespace is collapsed by a scan.
        String text = html.toString();
        return Whitespace.collapse(text.indexOf('<') >= 0 ? TAG.matcher(text).replaceAll("") : text);
    }

    private void closeTag(String name, SourcePosition at) {
        if (tooDeep > 0 && isOpen(name)) {
            tooDeep--;
            return;
        }
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
        /** For an admonition, the indentation of its body; 0 for containers that a closing tag or line ends. */
        int bodyIndent;
        /** A Docusaurus directive, which a {@code :::} line closes. */
        boolean directive;
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
