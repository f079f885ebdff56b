package dev.qadocs.search;

/**
 * One thing a reader can land on: a question, a titled passage, or a page's introduction.
 *
 * @param title    what the hit shows and what the boosted {@code title} field indexes
 * @param body     plain text of everything else in it
 * @param snippet  plain text the hit's snippet is cut from (the answer of a question)
 * @param url      relative to the site root: {@code guide/rag.html#what-is-rag}
 * @param category the category it is in, which labels the hit
 */
record SearchDocument(String title, String body, String snippet, String url, SearchCategory category) {
}
