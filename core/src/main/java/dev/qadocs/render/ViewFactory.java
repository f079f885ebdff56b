package dev.qadocs.render;

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
import dev.qadocs.model.Site;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Turns the model into {@link Views}: links made relative to the file being written, Markdown made safe HTML. */
final class ViewFactory {

    private final Views.Assets assets;

    ViewFactory(Views.Assets assets) {
        this.assets = assets;
    }

    /**
     * @param path    the output file the layout is for, relative to the site root
     * @param current the page being rendered, or null for site-wide files
     */
    Views.Layout layout(Site site, String path, Page current, String title, String description) {
        String canonical = SiteUrls.base(site.config()).map(b -> b + (path.equals("index.html") ? "" : path))
                .orElse("");
        return layout(site, SiteUrls.root(path), current, title, description, canonical);
    }

    /**
     * A server shows 404.html at whatever URL was missing, so relative links would point nowhere from there; with
     * a base URL the page links absolutely, without one it assumes it is served from the site root.
     */
    Views.Layout notFoundLayout(Site site) {
        String root = SiteUrls.base(site.config()).orElse("./");
        return layout(site, root, null, "Page not found", "", "");
    }

    private Views.Layout layout(Site site, String root, Page current, String title, String description,
                                String canonical) {
        List<Views.NavPage> nav = site.pages().stream().map(p -> navPage(p, root, p == current)).toList();
        String markdownHref = current == null ? "" : root + SiteUrls.markdown(current);
        String name = site.config().name();
        String documentTitle = title.isEmpty() || title.equals(name) ? name : title + " · " + name;
        return new Views.Layout(root, name, site.config().summary(), documentTitle, description, canonical,
                assets, nav, markdownHref);
    }

    Views.Home home(Site site, String root) {
        List<Views.PageCard> cards = site.pages().stream().map(p -> new Views.PageCard(p.meta().title(),
                p.meta().description(), root + SiteUrls.html(p), count(p.questionCount(), "question"),
                categories(p, root))).toList();
        return new Views.Home(cards, count(cards.size(), "page"), count(site.questionCount(), "question"));
    }

    Views.Page page(Page page) {
        return new Views.Page(page.meta().title(), page.meta().description(), html(page.intro()),
                count(page.questionCount(), "question"), page.categories().stream().map(this::category).toList());
    }

    private Views.NavPage navPage(Page page, String root, boolean current) {
        return new Views.NavPage(page.meta().title(), root + SiteUrls.html(page), current, page.questionCount(),
                categories(page, root));
    }

    private static List<Views.NavCategory> categories(Page page, String root) {
        String href = root + SiteUrls.html(page);
        return page.categories().stream().filter(c -> !c.title().isEmpty())
                .map(c -> new Views.NavCategory(c.title(), c.id().isEmpty() ? href : href + "#" + c.id(),
                        c.questions().size()))
                .toList();
    }

    private Views.Category category(Category category) {
        return new Views.Category(category.title(), category.id(), html(category.intro()),
                category.questions().size(), category.entries().stream().map(this::entry).toList());
    }

    private Views.Entry entry(Entry entry) {
        if (entry instanceof Passage p) {
            return new Views.Entry(null, new Views.Passage(p.title(), p.id(), html(p.markdown())));
        }
        return new Views.Entry(question((Question) entry), null);
    }

    private Views.Question question(Question question) {
        String number = question.number().isPresent() ? question.number().getAsInt() + "." : "";
        return new Views.Question(question.id(), number, question.title(),
                question.sections().stream().map(this::section).toList());
    }

    /** Typed sections get their structure; a quick-fire or reading list the parser found no items in stays prose. */
    private Views.Section section(Section section) {
        String kind = section.kind().id();
        String label = section.label();
        if (section instanceof QuickFire q && !q.pairs().isEmpty()) {
            List<Views.Pair> pairs = q.pairs().stream()
                    .map(p -> new Views.Pair(Markdown.toInlineHtml(p.question()), Markdown.toInlineHtml(p.answer()))).toList();
            return new Views.Section(kind, label, "", null, null, new Views.QuickFire(pairs), null);
        }
        if (section instanceof FurtherReading r && !r.references().isEmpty()) {
            List<Views.Reference> references = r.references().stream().map(ViewFactory::reference).toList();
            return new Views.Section(kind, label, "", null, null, null, new Views.Reading(references));
        }
        Views.Glossary glossary = section instanceof GlossaryTerm g ? new Views.Glossary(g.term()) : null;
        Views.Callout callout = section instanceof Callout c ? new Views.Callout(c.type().id()) : null;
        return new Views.Section(kind, label, html(section.markdown()), glossary, callout, null, null);
    }

    private static Views.Reference reference(FurtherReading.Reference reference) {
        String title = Markdown.toPlainText(reference.title());
        String href = reference.url().filter(PageLinks::isSafe).map(PageLinks::toHtml).orElse("");
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

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String html(String markdown) {
        return markdown.isBlank() ? "" : Markdown.toHtml(markdown);
    }
}
