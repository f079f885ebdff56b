package dev.qadocs.serve;

import dev.qadocs.model.Category;
import dev.qadocs.model.FrontMatter;
import dev.qadocs.model.Page;
import dev.qadocs.model.Site;
import dev.qadocs.model.SiteConfig;

import java.util.List;

/**
 * Everything one page can show about the others: the site's settings and, for every page, its place in the
 * navigation, its front matter, and the titles of its categories and questions. While this stays equal, an
 * edit only changes the edited page; once it differs, every page must be rendered again. Deliberately generous:
 * re-rendering too much costs milliseconds, re-rendering too little leaves a stale menu on screen.
 */
record Navigation(SiteConfig config, List<Entry> pages) {

    record Entry(String path, FrontMatter meta, List<String> categories, List<String> questions) {
    }

    static Navigation of(Site site) {
        return new Navigation(site.config(), site.pages().stream().map(Navigation::entry).toList());
    }

    private static Entry entry(Page page) {
        return new Entry(page.path(), page.meta(),
                page.categories().stream().map(c -> c.id() + " " + c.title()).toList(),
                page.categories().stream().map(Category::questions).flatMap(List::stream)
                        .map(q -> q.id() + " " + q.displayTitle()).toList());
    }
}
