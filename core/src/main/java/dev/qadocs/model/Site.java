package dev.qadocs.model;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The whole site.
 *
 * @param pages  in navigation order
 * @param assets paths (relative to the content folder, with {@code /}) of the non-page files that are copied
 *               as they are (images, PDFs); links to them are checked against this set
 */
public record Site(SiteConfig config, List<Page> pages, SortedSet<String> assets) {

    public Site {
        pages = List.copyOf(pages);
        assets = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(assets));
    }

    public Site(SiteConfig config, List<Page> pages) {
        this(config, pages, new TreeSet<>());
    }

    public int questionCount() {
        return pages.stream().mapToInt(Page::questionCount).sum();
    }
}
