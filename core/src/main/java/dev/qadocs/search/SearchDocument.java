package dev.qadocs.search;

/**
 * One thing a reader can land on: a question, a titled passage, or a page's introduction.
 *
 * @param title    what the hit shows and what the boosted {@code title} field indexes
 * @param body     plain text of everything else in it
 * @param snippet  plain text the hit's snippet is cut from (the answer of a question)
 * @param url      relative to the site root: {@code guide/rag.html#what-is-rag}
 * @param category index into the site's category list, for the filter and the hit's label
 */
record SearchDocument(String title, String body, String snippet, String url, int category) {
}
