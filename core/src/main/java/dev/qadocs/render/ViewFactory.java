package dev.qadocs.render;

import dev.qadocs.markdown.SiteUrls;
import dev.qadocs.model.Page;
import dev.qadocs.model.Site;

import java.util.List;

/** The site-wide parts of {@link Views}: layout, navigation and home, with links relative to the file being written. */
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
                // A card lists where the questions are; prose-only categories stay in the sidebar.
                categories(p, root).stream().filter(c -> c.questionCount() > 0).toList())).toList();
        return new Views.Home(cards, count(cards.size(), "page"), count(site.questionCount(), "question"));
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

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
