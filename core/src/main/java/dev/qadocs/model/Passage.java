package dev.qadocs.model;

import java.util.List;

/**
 * Content in a category that is not a question: a case study, a template, a sub-heading with prose.
 * Kept so that no text of the source is lost.
 *
 * @param title    heading or accordion title, empty if none
 * @param id       anchor id when titled, else empty
 * @param markdown    qadocs Markdown
 * @param headingIds  the anchor ids of its headings, as {@link Section#headingIds()}
 * @param collapsible the author wrote it as a collapsible block (an accordion that is not a question, say), so
 *                    readers get it collapsed like the questions around it
 */
public record Passage(String title, String id, String markdown, List<String> headingIds, boolean collapsible,
                      SourcePosition position) implements Entry {

    public Passage {
        headingIds = List.copyOf(headingIds);
    }
}
