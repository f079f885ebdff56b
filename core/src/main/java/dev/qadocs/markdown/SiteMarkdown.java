package dev.qadocs.markdown;

import dev.qadocs.diagnostic.PageFailure;
import dev.qadocs.model.Category;
import dev.qadocs.model.Entry;
import dev.qadocs.model.Page;
import dev.qadocs.model.Passage;
import dev.qadocs.model.Question;
import dev.qadocs.model.Section;
import dev.qadocs.model.Site;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every Markdown text of a site converted once, for the renderer, the search index and llms.txt together: each
 * used to parse every section again, and parsing is most of what a build costs. Converted on all cores before the
 * outputs start; equal texts (boilerplate sections, a page included twice) are converted once. A text the site
 * does not hold is converted on the spot. Read-only once made, so the outputs read it from their threads at once.
 */
public final class SiteMarkdown {

    private static final SiteMarkdown NONE = new SiteMarkdown(Map.of());

    private final Map<String, MarkdownForms> forms;

    private SiteMarkdown(Map<String, MarkdownForms> forms) {
        this.forms = forms;
    }

    /** Converts nothing ahead: for callers that convert a page or two, such as the preview after an edit. */
    public static SiteMarkdown none() {
        return NONE;
    }

    public static SiteMarkdown of(Site site) {
        Map<String, MarkdownForms> forms = new ConcurrentHashMap<>();
        site.pages().parallelStream().forEach(page -> {
            try {
                convert(page, forms);
            } catch (RuntimeException | StackOverflowError e) {
                // Reported on the page that holds the text, like any failure while rendering it.
                throw new PageFailure(page.path(), "render", e);
            }
        });
        return new SiteMarkdown(forms);
    }

    private static void convert(Page page, Map<String, MarkdownForms> forms) {
        add(forms, page.intro());
        for (Category category : page.categories()) {
            add(forms, category.intro());
            for (Entry entry : category.entries()) {
                if (entry instanceof Passage passage) {
                    add(forms, passage.markdown());
                } else if (entry instanceof Question question) {
                    question.sections().stream().map(Section::markdown).forEach(text -> add(forms, text));
                }
            }
        }
    }

    private static void add(Map<String, MarkdownForms> forms, String markdown) {
        if (!markdown.isBlank()) {
            forms.computeIfAbsent(markdown, Markdown::forms);
        }
    }

    /** {@link Markdown#toHtml(String)}, when the text holds no headings: the renderer gives those their ids. */
    public Optional<String> html(String markdown) {
        MarkdownForms known = forms.get(markdown);
        return known == null ? Optional.empty() : known.html();
    }

    /** {@link Markdown#toPlainText(String)}. */
    public String text(String markdown) {
        if (markdown.isBlank()) {
            return "";
        }
        MarkdownForms known = forms.get(markdown);
        return known != null ? known.text() : Markdown.toPlainText(markdown);
    }

    /** {@link Markdown#firstParagraph(String)}. */
    public String firstParagraph(String markdown) {
        if (markdown.isBlank()) {
            return "";
        }
        MarkdownForms known = forms.get(markdown);
        return known != null ? known.firstParagraph() : Markdown.firstParagraph(markdown);
    }
}
