package dev.qadocs.model;

/** A section whose structure is its Markdown: answer, red flag, follow-up chain, generic and the like. */
public record Prose(SectionKind kind, String label, String markdown, SourcePosition position) implements Section {
}
