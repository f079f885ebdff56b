package dev.qadocs.model;

/**
 * Content in a category that is not a question: a case study, a template, a sub-heading with prose.
 * Kept so that no text of the source is lost.
 *
 * @param title    heading or accordion title, empty if none
 * @param id       anchor id when titled, else empty
 * @param markdown qadocs Markdown
 */
public record Passage(String title, String id, String markdown, SourcePosition position) implements Entry {
}
