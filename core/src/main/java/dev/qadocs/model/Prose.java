package dev.qadocs.model;

import java.util.List;

/** A section whose structure is its Markdown: answer, red flag, follow-up chain, generic and the like. */
public record Prose(SectionKind kind, String label, String id, String markdown, List<String> headingIds,
                    SourcePosition position) implements Section {

    public Prose {
        headingIds = List.copyOf(headingIds);
    }
}
