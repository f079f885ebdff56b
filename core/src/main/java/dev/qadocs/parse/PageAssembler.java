package dev.qadocs.parse;

import dev.qadocs.model.Category;
import dev.qadocs.model.Entry;
import dev.qadocs.model.Heading;
import dev.qadocs.model.Passage;
import dev.qadocs.model.Question;
import dev.qadocs.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page's scanned blocks into intro, categories and entries. The rules, for every input shape:
 * <ul>
 *   <li>The first {@code #} heading is the page heading: it stays in the intro, unless the front matter has no
 *       title, in which case it is the title. Later {@code #} headings and all {@code ##} headings start categories.</li>
 *   <li>A {@code ###} heading starts an entry: a question in Markdown pages; in MDX pages a question only when its
 *       content has a known label or it is followed by a collapsible titled with one ("Answer"), else a passage.</li>
 *   <li>A collapsible ({@code <Accordion>}, {@code <details>}) at entry level is a question. In MDX, one with no
 *       label in its content and a title that neither is numbered nor ends with {@code ?} is a passage (a story).</li>
 *   <li>A "Table of Contents" heading at any level is a passage. Text after a collapsible entry, before the next
 *       heading, is an untitled passage. {@code <AccordionGroup>} is transparent.</li>
 * </ul>
 */
final class PageAssembler {

    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,9})[.)]\\s+(.+)$", Pattern.DOTALL);
    /** What separates an accordion from the next heading is often only a rule; that is layout, not a passage. */
    private static final Pattern THEMATIC_BREAK = Pattern.compile("-{3,}|\\*{3,}|_{3,}");
    private static final Pattern CONTENTS = Pattern.compile("(?i)(table of )?contents|toc");

    private final String file;
    private final boolean mdx;
    private final boolean titleFromHeading;
    private final Map<Integer, Heading> headings;
    private final Body intro = new Body();
    private final List<Category> categories = new ArrayList<>();
    private CategoryDraft category;
    private EntryDraft entry;
    private boolean pageHeadingSeen;
    private String title = "";

    /** The page as assembled; {@code title} is the first {@code #} heading's text when the front matter had none. */
    record Result(String intro, List<Category> categories, String title) {
    }

    private PageAssembler(String file, boolean titleFromHeading, Map<Integer, Heading> headings) {
        this.file = file;
        this.mdx = PageParser.isMdx(file);
        this.titleFromHeading = titleFromHeading;
        this.headings = headings;
    }

    static Result assemble(String file, List<Block> blocks, Map<Integer, Heading> headings, boolean titleFromHeading) {
        PageAssembler assembler = new PageAssembler(file, titleFromHeading, headings);
        assembler.blocks(blocks);
        assembler.closeEntry();
        assembler.closeCategory();
        return new Result(MarkdownWriter.markdown(assembler.intro.blocks()), assembler.categories, assembler.title);
    }

    private void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Block.Text text) {
                boolean[] code = Fences.codeFlags(text.lines());
                for (int i = 0; i < code.length; i++) {
                    SourceLine line = text.lines().get(i);
                    var heading = code[i] ? Optional.<HeadingLine>empty() : HeadingLine.parse(line.text());
                    if (heading.isPresent() && heading.get().level() <= 3) {
                        heading(heading.get(), line);
                    } else {
                        container().add(line);
                    }
                }
            } else if (block instanceof Block.Component component) {
                if (component.isGroup()) {
                    blocks(component.children());
                } else if (component.isCollapsible()) {
                    collapsible(component);
                } else {
                    container().add(component);
                }
            }
        }
    }

    private void heading(HeadingLine line, SourceLine source) {
        Heading heading = headings.get(source.line());
        boolean contents = CONTENTS.matcher(heading.text()).matches();
        if (line.level() == 1 && !pageHeadingSeen && categories.isEmpty() && category == null) {
            pageHeadingSeen = true;
            if (titleFromHeading) {
                title = heading.text();
            } else {
                intro.add(source);
            }
        } else if (contents || line.level() == 3) {
            closeEntry();
            entry = new EntryDraft(line, heading, contents);
        } else {
            closeEntry();
            closeCategory();
            category = new CategoryDraft(line.text(), heading.id(), heading.position());
        }
    }

    private void collapsible(Block.Component component) {
        boolean answersHeading = Label.named(component.title(), "").isKnown();
        if (answersHeading && entry != null && entry.heading != null && !entry.contents) {
            entry.body.add(component);
            entry.answered = true;
            return;
        }
        closeEntry();
        Heading heading = headings.get(component.position().line());
        Matcher numbered = NUMBERED.matcher(component.title());
        boolean question = !mdx || numbered.matches() || component.title().strip().endsWith("?")
                || hasLabel(component.children(), false);
        addEntry(question
                ? question(component.title(), OptionalInt.empty(), heading, component.children())
                : new Passage(component.title(), heading.id(), MarkdownWriter.markdown(component.children()),
                true, component.position()));
    }

    private Question question(String text, OptionalInt listNumber, Heading heading, List<Block> body) {
        Matcher numbered = NUMBERED.matcher(text.strip());
        OptionalInt number = listNumber;
        String title = text.strip();
        if (listNumber.isEmpty() && numbered.matches()) {
            number = OptionalInt.of(Integer.parseInt(numbered.group(1)));
            title = numbered.group(2).strip();
        }
        return new Question(number, title, heading.id(), SectionSplitter.split(file, body), heading.position());
    }

    private void closeEntry() {
        if (entry == null) {
            return;
        }
        EntryDraft draft = entry;
        entry = null;
        List<Block> body = draft.body.blocks();
        if (draft.heading == null) {
            String markdown = MarkdownWriter.markdown(body);
            if (!markdown.lines().allMatch(line -> THEMATIC_BREAK.matcher(line.strip()).matches())) {
                addEntry(new Passage("", "", markdown, false, draft.position()));
            }
            return;
        }
        if (draft.line.listNumber().isPresent()) {
            body = Dedent.blocks(body);
        }
        boolean question = !draft.contents && (!mdx || draft.answered || hasLabel(body, true));
        addEntry(question
                ? question(draft.line.text(), draft.line.listNumber(), draft.heading, body)
                : new Passage(draft.line.text(), draft.heading.id(), MarkdownWriter.markdown(body), false,
                        draft.position()));
    }

    private void addEntry(Entry added) {
        if (category == null) {
            category = new CategoryDraft("", "", added.position());
        }
        category.entries.add(added);
    }

    private void closeCategory() {
        if (category != null) {
            categories.add(new Category(category.title, category.id, MarkdownWriter.markdown(category.intro.blocks()),
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
