package dev.qadocs.model;

import java.util.List;

/** Short question/answer pairs ({@code **Q:**} / {@code **A:**} lines). */
public record QuickFire(String label, String id, String markdown, List<String> headingIds, List<Pair> pairs,
                        SourcePosition position) implements Section {

    public QuickFire {
        headingIds = List.copyOf(headingIds);
        pairs = List.copyOf(pairs);
    }

    @Override
    public SectionKind kind() {
        return SectionKind.QUICK_FIRE;
    }

    /** One pair; both sides are qadocs Markdown. */
    public record Pair(String question, String answer, SourcePosition position) {
    }
}
