package dev.qadocs.markdown;

import dev.qadocs.diagnostic.PageFailure;
import dev.qadocs.model.Category;
import dev.qadocs.model.Entry;
import dev.qadocs.model.Page;
import dev.qadocs.model.Passage;
import dev.qadocs.model.Question;
import dev.qadocs.model.Section;
import dev.qadocs.model.Site;
import dev.qadocs.parallel.LargestFirst;

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
    /** A text some thread is converting; never left in a finished map. */
    private static final MarkdownForms CLAIMED = new MarkdownForms(Optional.empty(), "", "");

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
        LargestFirst.forEach(site.pages(), Page::markdownLength, page -> {
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

    /**
     * A thread claims a text with a placeholder, then converts it outside any lock: {@code computeIfAbsent} held
     * the lock of the text's bin while it converted, and a profile showed the cores waiting on each other there
     * for a third of this stage. A text another thread claimed is left to it, which replaces the placeholder
     * before this stage ends. The map itself holds the claims: a set beside it cost the 100k site's tight heap
     * a few tens of megabytes.
     */
    private static void add(Map<String, MarkdownForms> forms, String markdown) {
        if (!markdown.isBlank() && forms.putIfAbsent(markdown, CLAIMED) == null) {
            forms.put(markdown, Markdown.forms(markdown));
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
