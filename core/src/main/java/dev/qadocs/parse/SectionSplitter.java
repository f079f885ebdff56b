package dev.qadocs.parse;

import dev.qadocs.model.Callout;
import dev.qadocs.model.FurtherReading;
import dev.qadocs.model.GlossaryTerm;
import dev.qadocs.model.Prose;
import dev.qadocs.model.QuickFire;
import dev.qadocs.model.Section;
import dev.qadocs.model.SectionKind;
import dev.qadocs.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a question's body into sections. A known label, a heading, a labelled callout or a collapsible titled with
 * a known label starts a typed section; unknown labels stay in the section they are in, except at the very start
 * where they start a generic one. Text before any label is the answer. Other callouts are callout sections, and
 * unlabelled text after one goes on in an unlabelled generic section, so that source order is kept.
 */
final class SectionSplitter {

    private static final Pattern ALERT = Pattern.compile("^ {0,3}>\\s*\\[!(\\w+)]\\s*$");
    private static final Pattern QUOTED = Pattern.compile("^ {0,3}> ?");

    private final String file;
    private final List<Section> sections = new ArrayList<>();
    private Draft current;

    private SectionSplitter(String file) {
        this.file = file;
    }

    static List<Section> split(String file, List<Block> body) {
        SectionSplitter splitter = new SectionSplitter(file);
        Block.visit(body, text -> splitter.text(text.lines()), splitter::component);
        splitter.finish();
        return List.copyOf(splitter.sections);
    }

    private void text(List<SourceLine> lines) {
        boolean[] code = Fences.codeFlags(lines);
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (code[i]) {
                append(line);
                continue;
            }
            Optional<HeadingLine> heading = HeadingLine.parse(line.text());
            Matcher alert = ALERT.matcher(line.text());
            Optional<Label> label = Label.at(line.text());
            if (heading.isPresent()) {
                start(Label.named(heading.get().text(), ""), line);
            } else if (alert.matches() && CalloutTypes.ofAlert(alert.group(1)).isPresent()) {
                int end = i + 1;
                while (end < lines.size() && !code[end] && QUOTED.matcher(lines.get(end).text()).lookingAt()) {
                    end++;
                }
                List<SourceLine> content = lines.subList(i + 1, end).stream().map(SectionSplitter::unquote).toList();
                callout(CalloutTypes.ofAlert(alert.group(1)).get(), content, line.positionIn(file));
                i = end - 1;
            } else if (label.isPresent() && (label.get().isKnown() || (current == null && sections.isEmpty()))) {
                start(label.get(), line);
            } else if (current != null || !line.isBlank()) {
                append(line);
            }
        }
    }

    private static SourceLine unquote(SourceLine line) {
        Matcher quote = QUOTED.matcher(line.text());
        return quote.lookingAt() ? line.from(quote.end()) : line;
    }

    private void component(Block.Component component) {
        Optional<Callout.Type> callout = CalloutTypes.ofComponent(component.name());
        if (callout.isPresent()) {
            callout(callout.get(), MarkdownWriter.lines(component.children()), component.position());
            return;
        }
        Label title = Label.named(component.title(), "");
        if (component.isCollapsible() && title.isKnown()) {
            finish();
            current = new Draft(title, title.kind().get(), null, component.position());
            current.lines.addAll(MarkdownWriter.lines(component.children()));
            finish();
            return;
        }
        MarkdownWriter.lines(List.of(component)).forEach(this::append);
    }

    /** A callout whose first line is a known label is that section (Mintlify wraps templates in {@code <Tip>}). */
    private void callout(Callout.Type type, List<SourceLine> content, SourcePosition at) {
        finish();
        int first = 0;
        while (first < content.size() && content.get(first).isBlank()) {
            first++;
        }
        Optional<Label> label = first < content.size() ? Label.at(content.get(first).text()) : Optional.empty();
        if (label.isPresent() && label.get().isKnown()) {
            current = new Draft(label.get(), label.get().kind().get(), null, at);
            label.get().restOn(content.get(first)).ifPresent(current.lines::add);
            current.lines.addAll(content.subList(first + 1, content.size()));
        } else {
            current = new Draft(null, SectionKind.CALLOUT, type, at);
            current.lines.addAll(content);
        }
        finish();
    }

    private void start(Label label, SourceLine line) {
        finish();
        SectionKind kind = label.kind().orElse(SectionKind.GENERIC);
        current = new Draft(label, kind, null, line.positionIn(file));
        label.restOn(line).ifPresent(current.lines::add);
    }

    private void append(SourceLine line) {
        if (current == null) {
            boolean answered = sections.stream().anyMatch(s -> s.kind() != SectionKind.CALLOUT);
            current = new Draft(null, answered ? SectionKind.GENERIC : SectionKind.ANSWER, null, line.positionIn(file));
        }
        current.lines.add(line);
    }

    private void finish() {
        if (current == null) {
            return;
        }
        Draft draft = current;
        current = null;
        String markdown = MarkdownWriter.join(draft.lines);
        String label = draft.label != null ? draft.label.text()
                : draft.kind == SectionKind.CALLOUT ? CalloutTypes.label(draft.calloutType) : draft.kind.defaultLabel();
        if (markdown.isEmpty() && label.isEmpty()) {
            return;
        }
        sections.add(switch (draft.kind) {
            case QUICK_FIRE -> new QuickFire(label, markdown, QuickFireReader.pairs(file, draft.lines), draft.position);
            case FURTHER_READING -> new FurtherReading(label, markdown,
                    ReferenceReader.references(file, draft.lines), draft.position);
            case GLOSSARY_TERM -> new GlossaryTerm(draft.label.term(), label, markdown, draft.position);
            case CALLOUT -> new Callout(draft.calloutType, label, markdown, draft.position);
            default -> new Prose(draft.kind, label, markdown, draft.position);
        });
    }

    /** A section being read. {@code label} is null when the section has none written (the answer before any label). */
    private static final class Draft {
        final Label label;
        final SectionKind kind;
        final Callout.Type calloutType;
        final SourcePosition position;
        final List<SourceLine> lines = new ArrayList<>();

        Draft(Label label, SectionKind kind, Callout.Type calloutType, SourcePosition position) {
            this.label = label;
            this.kind = kind;
            this.calloutType = calloutType;
            this.position = position;
        }
    }
}
