package dev.qadocs.render;

import dev.qadocs.markdown.SiteUrls;
import dev.qadocs.model.Category;
import dev.qadocs.model.Page;
import dev.qadocs.model.Question;
import dev.qadocs.model.Site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The site-wide parts of {@link Views}: layout, navigation and home, with links relative to the file being written. */
final class ViewFactory {

    private final Views.Assets assets;
    /**
     * The navigation of the site laid out last, with links from the root and no categories: every page lists
     * every page, and counting each page's questions again for every page made laying out a site cost its page
     * count squared. Pages are laid out side by side; two threads that both find it stale compute the same value.
     */
    private volatile Outline outline;

    private record Outline(Site site, List<Views.NavPage> pages) {
    }

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
        // Search engines and link previews show a description: without one they quote the page's chrome.
        String description = "No page of " + site.config().name() + " lives at this address.";
        return layout(site, root, null, "Page not found", description, "");
    }

    private Views.Layout layout(Site site, String root, Page current, String title, String description,
                                String canonical) {
        List<Views.NavPage> fromRoot = outline(site);
        List<Page> pages = site.pages();
        List<Views.NavPage> nav = IntStream.range(0, fromRoot.size())
                .mapToObj(i -> relative(fromRoot.get(i), pages.get(i), root, current)).toList();
        String markdownHref = current == null ? "" : root + SiteUrls.markdown(current);
        String name = site.config().name();
        String documentTitle = title.isEmpty() || title.equals(name) ? name : title + " · " + name;
        return new Views.Layout(root, name, site.config().summary(), documentTitle, description, canonical,
                assets, nav, markdownHref);
    }

    Views.Home home(Site site, String root) {
        List<Views.PageCard> cards = site.pages().stream().map(p -> card(p, root)).toList();
        return new Views.Home(cards, count(cards.size(), "page"), count(site.questionCount(), "question"));
    }

    /** Each titled category lists its questions' study keys; the card itself those of the untitled ones. */
    private static Views.PageCard card(Page page, String root) {
        Map<Question, String> keys = StudyKeys.of(page);
        List<Views.NavCategory> titled = categories(page, root);
        List<Views.CardCategory> categories = new ArrayList<>();
        StringJoiner untitled = new StringJoiner(" ");
        int next = 0;
        for (Category category : page.categories()) {
            String joined = category.questions().stream().map(keys::get).collect(Collectors.joining(" "));
            if (category.title().isEmpty()) {
                untitled.add(joined);
                continue;
            }
            Views.NavCategory nav = titled.get(next++);
            // A card lists where the questions are; prose-only categories are listed on their own page.
            if (nav.questionCount() > 0) {
                categories.add(new Views.CardCategory(nav.title(), nav.href(), nav.questionCount(), joined));
            }
        }
        return new Views.PageCard(page.title(), page.meta().description(), root + SiteUrls.html(page),
                count(page.questionCount(), "question"), categories, untitled.toString().strip());
    }

    /** Previous and next follow the navigation's order; the edit link appends the source path to {@code editUrl}. */
    Views.Pager pager(Site site, Page page, String root) {
        List<Page> pages = site.pages();
        int at = pages.indexOf(page);
        String editHref = site.config().editUrl().map(String::strip).filter(u -> !u.isEmpty())
                .map(u -> (u.endsWith("/") ? u : u + "/") + SiteUrls.encodePath(page.path())).orElse("");
        return new Views.Pager(at > 0 ? link(pages.get(at - 1), root) : null,
                at >= 0 && at < pages.size() - 1 ? link(pages.get(at + 1), root) : null, editHref);
    }

    private static Views.Link link(Page page, String root) {
        return new Views.Link(page.title(), root + SiteUrls.html(page));
    }

    private List<Views.NavPage> outline(Site site) {
        Outline known = outline;
        if (known == null || known.site() != site) {
            known = new Outline(site, site.pages().stream().map(p -> new Views.NavPage(p.title(),
                    SiteUrls.html(p), false, p.questionCount(), List.of())).toList());
            outline = known;
        }
        return known.pages();
    }

    /**
     * Only the current page lists its categories, as MkDocs Material and Docusaurus do: every page's categories
     * on every page made the sidebar most of each file and the site's output grow with its page count squared.
     */
    private static Views.NavPage relative(Views.NavPage entry, Page page, String root, Page current) {
        boolean here = page == current;
        return new Views.NavPage(entry.title(), root + entry.href(), here, entry.questionCount(),
                here ? categories(page, root) : List.of());
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
