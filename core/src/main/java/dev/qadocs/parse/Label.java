package dev.qadocs.parse;

import dev.qadocs.model.SectionKind;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section label: bold text ending in a colon at the start of a line, {@code **Answer:**} or {@code **Answer**:}.
 *
 * @param text the label as written, without the colon ("Red flag answer", "Big Word Alert -- `KV cache`")
 * @param rest what follows the label on its line: the first words of the section
 * @param kind the typed section it starts; empty for labels qadocs does not know ("Core components")
 * @param term for glossary labels, the term being defined
 */
record Label(String text, String rest, Optional<SectionKind> kind, String term) {

    private static final Pattern BOLD_LABEL = Pattern.compile("^ {0,3}\\*\\*(?!\\s)(.+?)\\*\\*(:?)[ \\t]*(.*)$");
    private static final Pattern GLOSSARY = Pattern.compile(
            "(?i)^(?:glossary|big word alert|jargon alert|key term)\\s*(?:--|[-:\u2013\u2014])\\s*(.+)$");

    /** One kind of dash, "follow-up" and "real-world" one way, single spaces, no final colon or period. */
    private static final List<Rewrite> REWRITES = List.of(
            new Rewrite("\\s*(--|\u2013|\u2014)\\s*", " - "),
            new Rewrite("follow[- ]?up", "follow-up"),
            new Rewrite("real[- ]world", "real-world"),
            new Rewrite("\\s+", " "),
            new Rewrite("[:.]$", ""));

    /** Label wordings, checked in order (the longer "answer template" before "answer"). */
    private static final List<Wording> WORDINGS = List.of(
            new Wording(SectionKind.QUICK_FIRE, "quick[- ]?fire.*|rapid[- ]?fire.*|(follow-up )?q ?& ?a( chain)?"),
            new Wording(SectionKind.FOLLOW_UP_CHAIN, "follow-up chain"),
            new Wording(SectionKind.WEAK_VS_STRONG, "(what )?weak( candidates?)?( answers?)?( say)? (vs\\.?|versus|and) "
                    + "(what )?strong( candidates?)?( answers?)?( say)?"),
            new Wording(SectionKind.WHAT_IS_TESTED, "what (the )?(interviewers?|they|it)( are|'re| is|'s)?( really)? "
                    + "(test|tests|testing|looking for|assess|assessing|probing|evaluating)"),
            new Wording(SectionKind.RED_FLAG, "red[- ]flags?( answers?| signals?| responses?)?|common wrong answers?"),
            new Wording(SectionKind.FOLLOW_UPS, "(senior |likely |common |possible |typical )?follow-ups?"
                    + "( questions?)?( to expect)?"),
            new Wording(SectionKind.ANSWER_TEMPLATE, "(structured |sample |model )?answer template( - .*)?"),
            new Wording(SectionKind.REAL_WORLD_EXAMPLE, "real-world examples?( - .*)?"),
            new Wording(SectionKind.FURTHER_READING, "(further|recommended|suggested|additional) reading( - .*)?|references"),
            new Wording(SectionKind.ANSWER, "(the )?(strong |short |full |detailed |model |sample |good |ideal )?answer"
                    + "( framework)?|(show|view|see|reveal) (the )?answer|solution"));

    private record Wording(SectionKind kind, Pattern pattern) {
        Wording(SectionKind kind, String regex) {
            this(kind, Pattern.compile(regex));
        }
    }

    /** The label starting {@code line}, if it starts with one. */
    static Optional<Label> at(String line) {
        Matcher m = BOLD_LABEL.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String inner = m.group(1).strip();
        boolean colonInside = inner.endsWith(":");
        if (!colonInside && m.group(2).isEmpty()) {
            return Optional.empty();
        }
        String text = colonInside ? inner.substring(0, inner.length() - 1).strip() : inner;
        return Optional.of(named(text, m.group(3).strip()));
    }

    /** A label given by a heading or an accordion title rather than bold text. */
    static Label named(String text, String rest) {
        Matcher glossary = GLOSSARY.matcher(text);
        if (glossary.matches()) {
            String term = glossary.group(1).replace("`", "").strip();
            return new Label(text, rest, Optional.of(SectionKind.GLOSSARY_TERM), term);
        }
        String normal = normalise(text);
        Optional<SectionKind> kind = WORDINGS.stream()
                .filter(w -> w.pattern().matcher(normal).matches())
                .map(Wording::kind)
                .findFirst();
        return new Label(text, rest, kind, "");
    }

    boolean isKnown() {
        return kind.isPresent();
    }

    /** The words after this label on {@code line}, at their own column; empty when nothing follows the label. */
    Optional<SourceLine> restOn(SourceLine line) {
        return rest.isEmpty() ? Optional.empty()
                : Optional.of(line.from(line.text().stripTrailing().length() - rest.length()));
    }

    /** Lowercase, one kind of dash and apostrophe, single spaces: "Follow-up  Q&amp;A Chain" → "follow-up q&amp;a chain". */
    private static String normalise(String label) {
        String text = label.toLowerCase(Locale.ROOT).replace("`", "").replace('\u2019', '\'');
        for (Rewrite rewrite : REWRITES) {
            text = rewrite.pattern().matcher(text).replaceAll(rewrite.replacement());
        }
        return text.strip();
    }

    private record Rewrite(Pattern pattern, String replacement) {
        Rewrite(String regex, String replacement) {
            this(Pattern.compile(regex), replacement);
        }
    }
}
