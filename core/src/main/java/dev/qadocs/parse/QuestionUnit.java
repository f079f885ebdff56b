package dev.qadocs.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repeated unit that carries a page's questions: headings of one level, {@code <details>} blocks, Mintlify
 * accordions, MkDocs admonitions or bold paragraphs. {@code auto} lets the parser pick it per page; the others
 * are the override ({@code questions: heading:4} in front matter, {@code qadocs.yml} or the build).
 */
public record QuestionUnit(Kind kind, int level) {

    public enum Kind { AUTO, HEADING, DETAILS, ACCORDION, ADMONITION, BOLD }

    public static final QuestionUnit AUTO = new QuestionUnit(Kind.AUTO, 0);
    /** The values {@link #parse} accepts, for error messages and documentation. */
    public static final String FORMS = "auto, heading:N (N from 1 to 6), details, accordion, admonition, bold";

    private static final Pattern HEADING = Pattern.compile("heading(?::([1-6]))?");

    static QuestionUnit heading(int level) {
        return new QuestionUnit(Kind.HEADING, level);
    }

    static QuestionUnit of(Kind kind) {
        return new QuestionUnit(kind, 0);
    }

    /** Reads {@code auto}, {@code heading:3} ({@code heading} alone is level 3), {@code details}, …; empty if unknown. */
    public static Optional<QuestionUnit> parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        Matcher heading = HEADING.matcher(value);
        if (heading.matches()) {
            return Optional.of(heading(heading.group(1) == null ? 3 : Integer.parseInt(heading.group(1))));
        }
        for (Kind kind : Kind.values()) {
            if (kind != Kind.HEADING && kind.name().toLowerCase(Locale.ROOT).equals(value)) {
                return Optional.of(of(kind));
            }
        }
        return Optional.empty();
    }

    /** How the questions were read, as {@code qadocs:check} reports it: "### headings", "<details> blocks". */
    public String describe() {
        return switch (kind) {
            case AUTO -> "automatic detection";
            case HEADING -> "#".repeat(level) + " headings";
            case DETAILS -> "<details> blocks";
            case ACCORDION -> "accordions";
            case ADMONITION -> "admonitions";
            case BOLD -> "bold paragraphs";
        };
    }

    @Override
    public String toString() {
        return kind == Kind.HEADING ? "heading:" + level : kind.name().toLowerCase(Locale.ROOT);
    }
}
