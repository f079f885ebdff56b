package dev.qadocs.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One question and its typed sections.
 *
 * @param number   the number the author wrote ({@code 12.} in "12. What is RAG?"), if any
 * @param title    the question without its number
 * @param id       anchor id, unique in the page, made from the heading text by GitHub's slug rules
 * @param sections in source order
 */
public record Question(OptionalInt number, String title, String id, List<Section> sections,
                       SourcePosition position) implements Entry {

    public Question {
        sections = List.copyOf(sections);
    }

    public <S extends Section> List<S> sections(Class<S> type) {
        return sections.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public Optional<Section> firstOf(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst();
    }

    /** The title as the author wrote it, with its number: what a reader sees in the summary line. */
    public String displayTitle() {
        return number.isPresent() ? number.getAsInt() + ". " + title : title;
    }
}
