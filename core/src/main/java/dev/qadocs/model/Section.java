package dev.qadocs.model;

import java.util.List;

/**
 * A typed part of a question. Every section keeps its body as qadocs Markdown (the one dialect every input
 * shape is normalised to), so renderers, llms outputs and search all read the same text; the typed records
 * add structure where a kind has it.
 */
public sealed interface Section permits Prose, QuickFire, FurtherReading, Callout, GlossaryTerm {

    SectionKind kind();

    /** The label as written ("Red flag answer"), or the kind's default label. */
    String label();

    /** The anchor id of the heading the section starts at (a {@code ####} heading, a collapsible), or empty. */
    String id();

    /** The section body, without its label. */
    String markdown();

    /**
     * The anchor ids of the headings written with {@code #} in {@link #markdown()}, one per heading in document
     * order (empty for a heading without one): decided by the parser, used as they are by every output.
     */
    List<String> headingIds();

    SourcePosition position();
}
