package dev.qadocs.model;

import java.util.List;
import java.util.Optional;

/** A list of references: papers, docs, posts. */
public record FurtherReading(String label, String id, String markdown, List<String> headingIds,
                             List<Reference> references, SourcePosition position) implements Section {

    public FurtherReading {
        headingIds = List.copyOf(headingIds);
        references = List.copyOf(references);
    }

    @Override
    public SectionKind kind() {
        return SectionKind.FURTHER_READING;
    }

    /**
     * One list item.
     *
     * @param title the item text without its URL
     * @param url   the link target, if the item has one (bare domains like {@code arxiv.org/abs/1} get {@code https://})
     */
    public record Reference(String title, Optional<String> url, SourcePosition position) {
    }
}
