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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a question's body into sections, the way a reader sees its parts. A known label, a heading, a labelled
 * callout or a collapsible titled with a known label starts a typed section, which runs until the next of them;
 * unknown labels stay in the section they are in, except at the very start where they start a generic one. Text
 * before any label is the answer. Other callouts are callout sections, and unlabelled text after one goes on in
 * an unlabelled generic section, so that source order is kept.
 *
 * <p>Two shapes authors use before the answer are read as they are meant. A note about the question
 * ({@code **What they're really testing:** …}) is one paragraph, on its label's line or, for a label alone on its
 * line, right under it (a list counts as one): the text after it is the answer.
 * A label followed at once by such a note ({@code **Answer:**}, then the note) heads the text after the note. A
 * titled label ({@code **Follow-up: How does X scale?**}) is a follow-up with its answer below; with nothing below,
 * it is a follow-up question.
 */
final class SectionSplitter {

    private static final Pattern ALERT = Pattern.compile("^ {0,3}>\\s*\\[!(\\w+)]\\s*$");
    private static final Pattern QUOTED = Pattern.compile("^ {0,3}> ?");
    private static final Pattern LIST_ITEM = Pattern.compile(" {0,3}([-*+]|\\d{1,9}[.)])( |$)");
    /** Kinds that say something about the question rather than answer it; before the answer they are notes. */
    private static final Set<SectionKind> NOTES =
            EnumSet.of(SectionKind.WHAT_IS_TESTED, SectionKind.RED_FLAG, SectionKind.FOLLOW_UPS);

    private final String file;
    private final Anchors anchors;
    private final List<Section> sections = new ArrayList<>();
    private Draft current;
    /** A label with nothing under it before a one-paragraph note: the text after the note is its content. */
    private Draft waiting;

    private SectionSplitter(String file, Anchors anchors) {
        this.file = file;
        this.anchors = anchors;
    }

    static List<Section> split(String file, List<Block> body, Anchors anchors) {
        SectionSplitter splitter = new SectionSplitter(file, anchors);
        Block.visit(body, text -> splitter.text(text.lines()), splitter::component);
        splitter.finishAll();
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
            // An alert marker holds "[!": a look for it spares every other line the matcher.
            Matcher alert = line.text().contains("[!") ? ALERT.matcher(line.text()) : null;
            Optional<Label> label = Label.at(line.text());
            if (heading.isPresent()) {
                start(Label.named(heading.get().text(), ""), line);
            } else if (alert != null && alert.matches() && CalloutTypes.ofAlert(alert.group(1)).isPresent()) {
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
            finishAll();
            current = new Draft(title, title.kind().get(), null, component.position());
            current.lines.addAll(MarkdownWriter.lines(component.children()));
            finish();
            return;
        }
        if (current != null && current.note) {
            endNote();
        }
        MarkdownWriter.lines(List.of(component)).forEach(this::append);
    }

    /** A callout whose first line is a known label is that section (Mintlify wraps templates in {@code <Tip>}). */
    private void callout(Callout.Type type, List<SourceLine> content, SourcePosition at) {
        finishAll();
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
        SectionKind kind = label.kind().orElse(SectionKind.GENERIC);
        boolean note = NOTES.contains(kind) && !answered();
        boolean heads = note && current != null && current.label != null && current.kind != SectionKind.CALLOUT
                && current.isBlank();
        if (heads) {
            waiting = current;
            current = null;
        } else {
            finishAll();
        }
        current = new Draft(label, kind, null, line.positionIn(file));
        current.note = note;
        label.restOn(line).ifPresent(current.lines::add);
    }

    private void append(SourceLine line) {
        if (current != null && current.note && !line.isBlank() && current.paragraphEnded(line)) {
            endNote();
        }
        if (current == null) {
            SectionKind kind = answered() ? SectionKind.GENERIC : SectionKind.ANSWER;
            current = new Draft(null, kind, null, line.positionIn(file));
        }
        current.lines.add(line);
    }

    /** The note's paragraph is over: what follows belongs to the label waiting for it, or is the answer. */
    private void endNote() {
        finish();
        current = waiting;
        waiting = null;
    }

    /** Whether an answer, or text standing in for one, has been read: later notes then run on. */
    private boolean answered() {
        return waiting != null || (current != null && current.answers() && !current.isBlank()) || sections.stream()
                .anyMatch(s -> s.kind() == SectionKind.ANSWER || s.kind() == SectionKind.GENERIC);
    }

    private void finishAll() {
        finish();
        release();
    }

    /** A waiting label that never got text of its own is kept as written: empty. */
    private void release() {
        if (waiting != null) {
            Draft draft = waiting;
            waiting = null;
            add(draft);
        }
    }

    private void finish() {
        if (current != null) {
            Draft draft = current;
            current = null;
            add(draft);
        }
    }

    private void add(Draft draft) {
        String label = draft.label != null ? draft.label.text()
                : draft.kind == SectionKind.CALLOUT ? CalloutTypes.label(draft.calloutType) : draft.kind.defaultLabel();
        Anchors.Body body = anchors.lines(draft.lines);
        String markdown = body.markdown();
        List<String> ids = body.headingIds();
        if (markdown.isEmpty() && label.isEmpty()) {
            return;
        }
        String id = anchors.give(draft.position.line());
        if (markdown.isEmpty() && draft.kind == SectionKind.FOLLOW_UP_CHAIN && !draft.label.subject().isEmpty()) {
            String asked = draft.label.text().substring(0, draft.label.text().indexOf(':')).strip();
            // The question is the label's own text, on the label's line: it holds no heading.
            sections.add(new Prose(SectionKind.FOLLOW_UPS, asked, id, draft.label.subject(), List.of(), draft.position));
            return;
        }
        sections.add(switch (draft.kind) {
            case QUICK_FIRE -> new QuickFire(label, id, markdown, ids, QuickFireReader.pairs(file, draft.lines),
                    draft.position);
            case FURTHER_READING -> new FurtherReading(label, id, markdown, ids,
                    ReferenceReader.references(file, draft.lines), draft.position);
            case GLOSSARY_TERM -> new GlossaryTerm(draft.label.subject(), label, id, markdown, ids, draft.position);
            case CALLOUT -> new Callout(draft.calloutType, label, id, markdown, ids, draft.position);
            default -> new Prose(draft.kind, label, id, markdown, ids, draft.position);
        });
    }

    /** A section being read. {@code label} is null when the section has none written (the answer before any label). */
    private static final class Draft {
        final Label label;
        final SectionKind kind;
        final Callout.Type calloutType;
        final SourcePosition position;
        final List<SourceLine> lines = new ArrayList<>();
        /** A note before the answer: it ends with its paragraph. */
        boolean note;

        Draft(Label label, SectionKind kind, Callout.Type calloutType, SourcePosition position) {
            this.label = label;
            this.kind = kind;
            this.calloutType = calloutType;
            this.position = position;
        }

        boolean isBlank() {
            return lines.stream().allMatch(SourceLine::isBlank);
        }

        /** A blank line after text, and {@code next} does not go on a list that text ended with. */
        boolean paragraphEnded(SourceLine next) {
            if (lines.isEmpty() || !lines.get(lines.size() - 1).isBlank() || isBlank()) {
                return false;
            }
            int last = lines.size() - 1;
            while (lines.get(last).isBlank()) {
                last--;
            }
            return !(LIST_ITEM.matcher(next.text()).lookingAt() && LIST_ITEM.matcher(lines.get(last).text()).lookingAt());
        }

        boolean answers() {
            return kind == SectionKind.ANSWER || kind == SectionKind.GENERIC;
        }
    }
}
