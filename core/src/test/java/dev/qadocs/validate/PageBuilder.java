package dev.qadocs.validate;

import dev.qadocs.model.Category;
import dev.qadocs.model.Entry;
import dev.qadocs.model.FrontMatter;
import dev.qadocs.model.Heading;
import dev.qadocs.model.Link;
import dev.qadocs.model.Page;
import dev.qadocs.model.Passage;
import dev.qadocs.model.Prose;
import dev.qadocs.model.Question;
import dev.qadocs.model.Section;
import dev.qadocs.model.SectionKind;
import dev.qadocs.model.Site;
import dev.qadocs.model.SiteConfig;
import dev.qadocs.model.SourcePosition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * Builds pages by hand, line by line, the way the parser would: categories are {@code ##} headings, questions
 * {@code ###} headings (both also listed in the page's headings), every element at the line the test says.
 */
public final class PageBuilder {

    private final String path;
    private String title = "A page";
    private final List<Category> categories = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private String categoryTitle;
    private String categoryId;
    private String categoryIntro = "";
    private SourcePosition categoryPosition;
    private List<Entry> entries;

    private PageBuilder(String path) {
        this.path = path;
    }

    public static PageBuilder page(String path) {
        return new PageBuilder(path);
    }

    public static Site site(Page... pages) {
        return new Site(SiteConfig.named("test"), List.of(pages));
    }

    public static Site site(List<String> assets, Page... pages) {
        return new Site(SiteConfig.named("test"), List.of(pages), new TreeSet<>(assets));
    }

    public SourcePosition at(int line) {
        return SourcePosition.of(path, line);
    }

    public PageBuilder title(String pageTitle) {
        this.title = pageTitle;
        return this;
    }

    public PageBuilder category(int line, String text) {
        return category(line, 2, text);
    }

    /** A category written with a heading of another level, such as {@code # Part I} above {@code ##} ones. */
    public PageBuilder category(int line, int level, String text) {
        closeCategory();
        categoryTitle = text;
        categoryId = slug(text);
        categoryPosition = at(line);
        categoryIntro = "";
        entries = new ArrayList<>();
        headings.add(new Heading(level, text, categoryId, at(line)));
        return this;
    }

    public PageBuilder intro(String markdown) {
        categoryIntro = markdown;
        return this;
    }

    /** A {@code ### N. title} question with the given sections; {@code number} 0 means unnumbered. */
    public PageBuilder question(int line, int number, String text, Section... sections) {
        String heading = number > 0 ? number + ". " + text : text;
        return question(line, number, text, uniqueId(slug(heading)), sections);
    }

    public PageBuilder question(int line, int number, String text, String id, Section... sections) {
        ensureCategory();
        entries.add(new Question(number > 0 ? OptionalInt.of(number) : OptionalInt.empty(), text, id,
                Arrays.asList(sections), at(line)));
        headings.add(new Heading(3, number > 0 ? number + ". " + text : text, id, at(line)));
        return this;
    }

    /** A question with a one-line answer on the next line. */
    public PageBuilder answered(int line, int number, String text) {
        return question(line, number, text, answer(line + 1, "An answer."));
    }

    public PageBuilder passage(int line, String text) {
        ensureCategory();
        entries.add(new Passage(text, slug(text), "Some prose.", List.of(), false, at(line)));
        return this;
    }

    public PageBuilder heading(int line, int level, String text) {
        return heading(line, level, text, uniqueId(slug(text)));
    }

    public PageBuilder heading(int line, int level, String text, String id) {
        headings.add(new Heading(level, text, id, at(line)));
        return this;
    }

    public PageBuilder link(int line, int column, String target) {
        links.add(new Link(target, "text", false, new SourcePosition(path, line, column)));
        return this;
    }

    public PageBuilder image(int line, int column, String target) {
        links.add(new Link(target, "alt", true, new SourcePosition(path, line, column)));
        return this;
    }

    public Prose answer(int line, String markdown) {
        return section(SectionKind.ANSWER, line, markdown);
    }

    public Prose section(SectionKind kind, int line, String markdown) {
        return new Prose(kind, kind.defaultLabel(), "", markdown, List.of(), at(line));
    }

    public Page build() {
        closeCategory();
        return new Page(path, FrontMatter.titled(title), "", List.of(), categories, headings, links,
                SourcePosition.of(path, 1));
    }

    private void ensureCategory() {
        if (entries == null) {
            categoryTitle = "";
            categoryId = "";
            categoryPosition = at(1);
            entries = new ArrayList<>();
        }
    }

    private void closeCategory() {
        if (entries != null) {
            categories.add(new Category(categoryTitle, categoryId, categoryIntro, List.of(), entries, categoryPosition));
            entries = null;
        }
    }

    /** GitHub's repeat rule: the second "x" becomes "x-1". */
    private String uniqueId(String base) {
        String id = base;
        for (int n = 1; idTaken(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private boolean idTaken(String id) {
        return headings.stream().anyMatch(h -> h.id().equals(id));
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").trim().replace(' ', '-');
    }
}
