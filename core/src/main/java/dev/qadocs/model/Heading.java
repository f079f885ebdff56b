package dev.qadocs.model;

/** A heading of a page (any level, also question headings), with the anchor id readers link to. */
public record Heading(int level, String text, String id, SourcePosition position) {
}
