package dev.qadocs.model;

import java.util.List;

/**
 * A group of questions, written as a {@code ##} heading (or a Mintlify {@code <AccordionGroup>} under one).
 *
 * @param title   empty for the implicit category of questions that come before any heading
 * @param id      anchor id of the heading (empty when untitled)
 * @param intro   qadocs Markdown between the heading and the first entry
 * @param introHeadingIds the anchor ids of the intro's headings, as {@link Section#headingIds()}
 * @param entries questions and non-question passages, in source order, so nothing written is lost
 */
public record Category(String title, String id, String intro, List<String> introHeadingIds, List<Entry> entries,
                       SourcePosition position) {

    public Category {
        introHeadingIds = List.copyOf(introHeadingIds);
        entries = List.copyOf(entries);
    }

    public List<Question> questions() {
        return entries.stream().filter(Question.class::isInstance).map(Question.class::cast).toList();
    }
}
