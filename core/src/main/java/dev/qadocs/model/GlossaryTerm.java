package dev.qadocs.model;

import java.util.List;

/** A term worth knowing and its plain-words definition ({@code **Glossary: KV cache:**}, Mintlify's "Big Word Alert"). */
public record GlossaryTerm(String term, String label, String id, String markdown, List<String> headingIds,
                           SourcePosition position) implements Section {

    public GlossaryTerm {
        headingIds = List.copyOf(headingIds);
    }

    @Override
    public SectionKind kind() {
        return SectionKind.GLOSSARY_TERM;
    }

    /** Whether the label already names the term, as "Big Word Alert -- `KV cache`" or "Glossary — KV cache" do. */
    public boolean labelNamesTerm() {
        return label.replace("`", "").contains(term.replace("`", ""));
    }

    /** The label naming the term once. */
    public String heading() {
        return labelNamesTerm() ? label : label + " — " + term;
    }
}
