package dev.qadocs.model;

/**
 * A typed part of a question. Every section keeps its body as qadocs Markdown (the one dialect every input
 * shape is normalised to), so renderers, llms outputs and search all read the same text; the typed records
 * add structure where a kind has it.
 */
public sealed interface Section permits Prose, QuickFire, FurtherReading, Callout, GlossaryTerm {

    SectionKind kind();

    /** The label as written ("Red flag answer"), or the kind's default label. */
    String label();

    /** The section body, without its label. */
    String markdown();

    SourcePosition position();
}
