package dev.qadocs.render;

import dev.qadocs.markdown.SiteMarkdown;
import dev.qadocs.markdown.PageLinks;
import dev.qadocs.markdown.SafeUrls;
import dev.qadocs.model.Callout;
import dev.qadocs.model.Category;
import dev.qadocs.model.Entry;
import dev.qadocs.model.FurtherReading;
import dev.qadocs.model.GlossaryTerm;
import dev.qadocs.model.Page;
import dev.qadocs.model.Passage;
import dev.qadocs.model.Question;
import dev.qadocs.model.QuickFire;
import dev.qadocs.model.Section;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One page's content as {@link Views}: Markdown made safe HTML, its headings with the ids the model gives them. */
final class PageViews {

    private final SiteMarkdown converted;
    private final MarkdownCache markdown;
    private final Map<Question, String> studyKeys;

    private PageViews(Page page, SiteMarkdown converted, MarkdownCache markdown) {
        this.converted = converted;
        this.markdown = markdown;
        this.studyKeys = StudyKeys.of(page);
    }

    /** {@code converted} holds HTML made ahead; {@code markdown} converts (and remembers) what it does not hold. */
    static Views.Page of(Page page, SiteMarkdown converted, MarkdownCache markdown) {
        PageViews views = new PageViews(page, converted, markdown);
        String intro = views.html(page.intro(), page.introHeadingIds());
        return new Views.Page(page.title(), page.meta().description(), intro,
                ViewFactory.count(page.questionCount(), "question"),
                page.categories().stream().map(views::category).toList());
    }

    private Views.Category category(Category category) {
        return new Views.Category(category.title(), category.id(), html(category.intro(), category.introHeadingIds()),
                category.questions().size(), category.entries().stream().map(this::entry).toList());
    }

    private Views.Entry entry(Entry entry) {
        if (entry instanceof Passage p) {
            return new Views.Entry(null, new Views.Passage(p.title(), p.id(), html(p.markdown(), p.headingIds()), p.collapsible()));
        }
        return new Views.Entry(question((Question) entry), null);
    }

    private Views.Question question(Question question) {
        String number = question.number().isPresent() ? question.number().getAsInt() + "." : "";
        return new Views.Question(question.id(), number, question.title(),
                question.sections().stream().map(this::section).toList(), studyKeys.get(question));
    }

    /** Typed sections get their structure; a quick-fire or reading list the parser found no items in stays prose. */
    private Views.Section section(Section section) {
        String kind = section.kind().id();
        String label = section.label();
        String id = section.id();
        if (section instanceof QuickFire q && !q.pairs().isEmpty()) {
            List<Views.Pair> pairs = q.pairs().stream()
                    .map(p -> new Views.Pair(markdown.toInlineHtml(p.question()), markdown.toInlineHtml(p.answer())))
                    .toList();
            return new Views.Section(kind, label, id, "", null, null, new Views.QuickFire(pairs), null);
        }
        if (section instanceof FurtherReading r && !r.references().isEmpty()) {
            List<Views.Reference> references = r.references().stream().map(this::reference).toList();
            return new Views.Section(kind, label, id, "", null, null, null, new Views.Reading(references));
        }
        // A label that already names the term ("Glossary — KV cache") is not followed by the term a second time.
        Views.Glossary glossary = section instanceof GlossaryTerm g && !g.labelNamesTerm()
                ? new Views.Glossary(g.term()) : null;
        Views.Callout callout = section instanceof Callout c ? new Views.Callout(c.type().id()) : null;
        return new Views.Section(kind, label, id, html(section.markdown(), section.headingIds()), glossary, callout, null, null);
    }

    private Views.Reference reference(FurtherReading.Reference reference) {
        String title = markdown.toPlainText(reference.title());
        String href = reference.url().filter(SafeUrls::isSafe).map(SafeUrls::asBrowserReads).map(PageLinks::toHtml)
                .orElse("");
        return new Views.Reference(title.isEmpty() ? href : title, href, host(href));
    }

    /** The site a reference lives on, shown beside its title so readers know where a link goes. */
    private static String host(String href) {
        try {
            String host = URI.create(href).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private String html(String text, List<String> headingIds) {
        if (text.isBlank()) {
            return "";
        }
        return converted.html(text).orElseGet(() -> markdown.toHtml(text, headingIds));
    }
}
