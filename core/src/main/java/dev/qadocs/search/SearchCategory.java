package dev.qadocs.search;

/**
 * A filterable group of hits: a category of a page, or the page's introduction (empty {@code title}). Documents
 * are numbered category by category, so a category is just the range that starts at {@code firstDocument}.
 *
 * @param pageUrl the page's link, relative to the site root: every document's link starts with it
 */
record SearchCategory(String page, String pageUrl, String title, int firstDocument) {
}
