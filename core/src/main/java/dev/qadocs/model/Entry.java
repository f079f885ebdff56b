package dev.qadocs.model;

/** Something that stands in a category, in source order: a question, or content that is not a question. */
public sealed interface Entry permits Question, Passage {

    SourcePosition position();
}
