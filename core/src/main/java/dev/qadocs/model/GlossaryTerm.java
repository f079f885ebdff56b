package dev.qadocs.model;

/** A term worth knowing and its plain-words definition ({@code **Glossary: KV cache:**}, Mintlify's "Big Word Alert"). */
public record GlossaryTerm(String term, String label, String markdown, SourcePosition position) implements Section {

    @Override
    public SectionKind kind() {
        return SectionKind.GLOSSARY_TERM;
    }
}
