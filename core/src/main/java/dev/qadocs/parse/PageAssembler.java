package dev.qadocs.parse;

import dev.qadocs.model.QuestionUnit;
import dev.qadocs.model.Category;
import dev.qadocs.model.Entry;
import dev.qadocs.model.Heading;
import dev.qadocs.model.Passage;
import dev.qadocs.model.Question;
import dev.qadocs.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page's scanned blocks into intro, categories and entries, given the unit that carries its questions
 * ({@link QuestionDetector}). The rules, for every input shape:
 * <ul>
 *   <li>The first {@code #} heading is the page heading: it stays in the intro, unless the front matter has no
 *       title, in which case it is the title.</li>
 *   <li>Questions are headings of level N: each one (and each heading that opens an item of a page-level numbered
 *       list) is a question, shallower headings start categories, deeper ones are part of the question. A
 *       collapsible titled with an answer word under a question heading is its answer; on pages whose questions
 *       are answered so, a heading with neither such an answer nor a label is a passage (a table of contents).
 *       In MDX, where {@code ###} headings are usually sub-sections of prose, a heading is a question only when
 *       it is answered or labelled, or when most headings of its level read as questions (end in {@code ?}).</li>
 *   <li>Questions are accordions: {@code ##} headings start categories and {@code ###} headings entries (in MDX a
 *       question only when labelled or answered); an accordion is a question, except in MDX one with no label
 *       in its content and a title that neither is numbered nor ends with {@code ?} (a story).</li>
 *   <li>Questions are {@code <details>}, admonitions or bold paragraphs: every heading starts a category; each
 *       unit is a question, titled by its summary, title or bold text. An admonition of another type (a note, a
 *       release note) is a collapsible passage. A page-level list whose items are all bold text is a list of
 *       questions without answers.</li>
 *   <li>A "Table of Contents" heading at any level is a passage. Text after a collapsible entry, before the next
 *       heading, is an untitled passage. {@code <AccordionGroup>} is transparent.</li>
 * </ul>
 */
final class PageAssembler {

    /** What separates an accordion from the next heading is often only a rule; that is layout, not a passage. */
    private static final Pattern THEMATIC_BREAK = Pattern.compile("-{3,}|\\*{3,}|_{3,}");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,9})[.)]\\s+(.+)$", Pattern.DOTALL);

    private final String file;
    private final boolean mdx;
    private final boolean titleFromHeading;
    private final Anchors anchors;
    private final QuestionUnit unit;
    private final MarkdownStructure.Cache structures;
    private final Body intro = new Body();
    private final List<Category> categories = new ArrayList<>();
    /** MDX heading levels whose headings mostly end in {@code ?}, so they read as questions. */
    private final boolean headingsReadAsQuestions;
    private CategoryDraft category;
    private EntryDraft entry;
    private boolean pageHeadingSeen;
    private boolean answeredPage;
    private String title = "";

    /** The page as assembled; {@code title} is the first {@code #} heading's text when the front matter had none. */
    record Result(Anchors.Body intro, List<Category> categories, String title) {
    }

    private PageAssembler(String file, boolean mdx, boolean titleFromHeading, Anchors anchors, QuestionUnit unit,
                          MarkdownStructure.Cache structures) {
        this.file = file;
        this.mdx = mdx;
        this.titleFromHeading = titleFromHeading;
        this.anchors = anchors;
        this.unit = unit;
        this.structures = structures;
        // Only MDX pages of question headings ask, and reading every heading's title for the others was a cost.
        this.headingsReadAsQuestions = unit.kind() == QuestionUnit.Kind.HEADING && mdx && mostAsk(anchors, unit.level());
    }

    /** Whether most headings of {@code level} end in {@code ?}. */
    private static boolean mostAsk(Anchors anchors, int level) {
        long atLevel = anchors.all().stream().filter(h -> h.level() == level).count();
        long asked = anchors.all().stream().filter(h -> h.level() == level
                && ReaderTitle.text(h.text()).endsWith("?")).count();
        return asked * 2 > atLevel;
    }

    /** @param mdx whether the page is Mintlify MDX, whose headings and accordions are questions only when they read so */
    static Result assemble(String file, boolean mdx, List<Block> blocks, Anchors anchors, boolean titleFromHeading,
                           QuestionUnit unit, MarkdownStructure.Cache structures) {
        PageAssembler assembler = new PageAssembler(file, mdx, titleFromHeading, anchors, unit, structures);
        assembler.answeredPage = assembler.answersHeadings(blocks);
        assembler.blocks(blocks);
        assembler.closeEntry();
        assembler.closeCategory();
        return new Result(anchors.body(assembler.intro.blocks()), assembler.categories, assembler.title);
    }

    /** Whether lists whose items are all bold text are questions: on pages whose questions have no headings. */
    static boolean readsBoldItems(QuestionUnit unit) {
        return unit.kind() == QuestionUnit.Kind.DETAILS || unit.kind() == QuestionUnit.Kind.BOLD;
    }

    private boolean answersHeadings(List<Block> blocks) {
        return unit.kind() == QuestionUnit.Kind.HEADING && blocks.stream().anyMatch(block ->
                block instanceof Block.Component c && c.isCollapsible() && QuestionDetector.isAnswer(c));
    }

    private void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Block.Text text) {
                text(text);
            } else if (block instanceof Block.Component component) {
                component(component);
            }
        }
    }

    private void text(Block.Text text) {
        MarkdownStructure structure = structures.of(text);
        for (int i = 0; i < text.lines().size(); i++) {
            SourceLine line = text.lines().get(i);
            Optional<HeadingLine> heading = structure.heading(i);
            Optional<String> bold = unit.kind() == QuestionUnit.Kind.BOLD ? structure.boldParagraph(i) : Optional.empty();
            if (bold.isEmpty() && readsBoldItems(unit)) {
                bold = structure.boldItem(i);
            }
            if (heading.isPresent() && heading(heading.get(), line.line(), line)) {
                continue;
            }
            if (bold.isPresent()) {
                closeEntry();
                entry = new EntryDraft(new HeadingLine(3, bold.get(), OptionalInt.empty()), anchors.own(line.line()), false);
            } else {
                container().add(line);
            }
        }
    }

    private void component(Block.Component component) {
        if (component.isGroup()) {
            blocks(component.children());
        } else if (component.headingLevel() > 0) {
            String text = MarkdownWriter.markdown(component.children()).replace('\n', ' ');
            if (!heading(new HeadingLine(component.headingLevel(), text, OptionalInt.empty()),
                    component.position().line(), null)) {
                // Not structure here, still a heading to its reader: written as the Markdown heading it is.
                SourcePosition at = component.position();
                container().add(new SourceLine("#".repeat(component.headingLevel()) + " " + text, at.line(),
                        at.column()));
            }
        } else if (component.isAdmonition()) {
            admonition(component);
        } else if (component.isCollapsible()) {
            collapsible(component);
        } else {
            container().add(component);
        }
    }

    /** Handles a page-structure heading; false when it is part of the current entry's text instead. */
    private boolean heading(HeadingLine line, int sourceLine, SourceLine source) {
        Heading heading = anchors.at(sourceLine);
        boolean contents = QuestionDetector.isContents(heading.text());
        if (line.level() == 1 && !pageHeadingSeen && categories.isEmpty() && category == null) {
            pageHeadingSeen = true;
            if (titleFromHeading) {
                title = ReaderTitle.text(line.text());
            } else if (source != null) {
                intro.add(source);
            } else {
                return false;
            }
            return true;
        }
        int questionLevel = switch (unit.kind()) {
            case HEADING -> unit.level();
            case ACCORDION -> 3;
            default -> Integer.MAX_VALUE;
        };
        if (line.level() > questionLevel && line.listNumber().isEmpty() && !contents) {
            return false;
        }
        closeEntry();
        anchors.own(sourceLine);
        if (contents || line.level() == questionLevel || line.listNumber().isPresent()) {
            entry = new EntryDraft(line, heading, contents);
        } else {
            closeCategory();
            category = new CategoryDraft(ReaderTitle.text(line.text()), heading.id(),
                    heading.position());
        }
        return true;
    }

    private void collapsible(Block.Component component) {
        boolean answersHeading = QuestionDetector.isAnswer(component);
        if (answersHeading && entry != null && entry.heading != null && !entry.contents) {
            entry.body.add(component);
            entry.answered = true;
            return;
        }
        boolean entryUnit = unit.kind() == QuestionUnit.Kind.ACCORDION
                || (unit.kind() == QuestionUnit.Kind.DETAILS && !answersHeading);
        if (!entryUnit) {
            container().add(component);
            return;
        }
        closeEntry();
        Heading heading = anchors.own(component.position().line());
        Matcher numbered = NUMBERED.matcher(component.title());
        boolean question = !mdx || numbered.matches() || component.title().strip().endsWith("?")
                || hasLabel(component.children(), false);
        addEntry(question && !QuestionDetector.isContents(component.title())
                ? question(component.title(), OptionalInt.empty(), heading, component.children())
                : passage(component.title(), heading.id(), component.children(), true, component.position()));
    }

    private void admonition(Block.Component component) {
        if (unit.kind() != QuestionUnit.Kind.ADMONITION) {
            container().add(component);
            return;
        }
        closeEntry();
        Heading heading = anchors.own(component.position().line());
        String text = ReaderTitle.text(component.title());
        addEntry(QuestionDetector.isQuestionAdmonition(component)
                ? question(component.title(), OptionalInt.empty(), heading, component.children())
                : passage(text, heading.id(), component.children(), true, component.position()));
    }

    private Passage passage(String title, String id, List<Block> body, boolean collapsible, SourcePosition at) {
        Anchors.Body text = anchors.body(body);
        return new Passage(title, id, text.markdown(), text.headingIds(), collapsible, at);
    }

    private Question question(String text, OptionalInt listNumber, Heading heading, List<Block> body) {
        ReaderTitle title = ReaderTitle.read(text, listNumber);
        return new Question(title.number(), title.text(), heading.id(), SectionSplitter.split(file, body, anchors),
                heading.position());
    }

    private void closeEntry() {
        if (entry == null) {
            return;
        }
        EntryDraft draft = entry;
        entry = null;
        List<Block> body = draft.body.blocks();
        if (draft.heading == null) {
            Anchors.Body text = anchors.body(body);
            if (!text.markdown().lines().allMatch(line -> THEMATIC_BREAK.matcher(line.strip()).matches())) {
                addEntry(new Passage("", "", text.markdown(), text.headingIds(), false, draft.position()));
            }
            return;
        }
        if (draft.line.listNumber().isPresent()) {
            body = Dedent.blocks(body);
        }
        addEntry(isQuestion(draft, body)
                ? question(draft.line.text(), draft.line.listNumber(), draft.heading, body)
                : passage(ReaderTitle.text(draft.line.text()), draft.heading.id(), body, false, draft.position()));
    }

    private boolean isQuestion(EntryDraft draft, List<Block> body) {
        if (draft.contents) {
            return false;
        }
        if (draft.answered || hasLabel(body, true)) {
            return true;
        }
        if (answeredPage) {
            return false;
        }
        return switch (unit.kind()) {
            case HEADING -> !mdx || headingsReadAsQuestions;
            case ACCORDION -> !mdx;
            default -> true;
        };
    }

    private void addEntry(Entry added) {
        if (category == null) {
            category = new CategoryDraft("", "", added.position());
        }
        category.entries.add(added);
    }

    private void closeCategory() {
        if (category != null) {
            Anchors.Body intro = anchors.body(category.intro.blocks());
            categories.add(new Category(category.title, category.id, intro.markdown(), intro.headingIds(),
                    category.entries, category.position));
            category = null;
        }
    }

    /** Where text goes now: the open entry, else a category's intro, else an untitled passage after entries. */
    private Body container() {
        if (entry != null) {
            return entry.body;
        }
        if (category == null) {
            return intro;
        }
        if (category.entries.isEmpty()) {
            return category.intro;
        }
        entry = new EntryDraft(null, null, false);
        return entry.body;
    }

    /** Whether {@code body} has a section label (only known ones, when {@code known}), outside code. */
    static boolean hasLabel(List<Block> body, boolean known) {
        for (Block block : body) {
            if (block instanceof Block.Text text && text.proseLines().stream()
                    .anyMatch(line -> Label.at(line.text()).filter(l -> !known || l.isKnown()).isPresent())) {
                return true;
            }
            if (block instanceof Block.Component component) {
                boolean labelledCollapsible = component.isCollapsible() && Label.named(component.title(), "").isKnown();
                if (labelledCollapsible || (CalloutTypes.ofComponent(component.name()).isPresent()
                        && hasLabel(component.children(), known))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Blocks being collected; consecutive lines join into one text block. */
    private static final class Body {
        private final List<Block> blocks = new ArrayList<>();
        private List<SourceLine> text = new ArrayList<>();

        void add(SourceLine line) {
            text.add(line);
        }

        void add(Block.Component component) {
            flush();
            blocks.add(component);
        }

        List<Block> blocks() {
            flush();
            return List.copyOf(blocks);
        }

        SourcePosition firstPosition(String file) {
            flush();
            for (Block block : blocks) {
                if (block instanceof Block.Component c) {
                    return c.position();
                }
                for (SourceLine line : ((Block.Text) block).lines()) {
                    if (!line.isBlank()) {
                        return line.positionIn(file);
                    }
                }
            }
            return SourcePosition.of(file, 1);
        }

        private void flush() {
            if (!text.isEmpty()) {
                blocks.add(new Block.Text(text));
                text = new ArrayList<>();
            }
        }
    }

    private static final class CategoryDraft {
        final String title;
        final String id;
        final SourcePosition position;
        final Body intro = new Body();
        final List<Entry> entries = new ArrayList<>();

        CategoryDraft(String title, String id, SourcePosition position) {
            this.title = title;
            this.id = id;
            this.position = position;
        }
    }

    /** An entry started by a heading, or (heading null) the untitled passage after a collapsible. */
    private final class EntryDraft {
        final HeadingLine line;
        final Heading heading;
        final boolean contents;
        final Body body = new Body();
        boolean answered;

        EntryDraft(HeadingLine line, Heading heading, boolean contents) {
            this.line = line;
            this.heading = heading;
            this.contents = contents;
        }

        SourcePosition position() {
            return heading != null ? heading.position() : body.firstPosition(file);
        }
    }
}
