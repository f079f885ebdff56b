package dev.qadocs.parse;

import dev.qadocs.markdown.Markdown;
import dev.qadocs.model.Heading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hands each anchor id {@link HeadingCollector} gave a page's headings to the one part of the model that shows
 * that heading: the category or entry it titles, the section it starts, or the Markdown body it stands in. Every
 * output then uses the ids as the model holds them, so each {@code #anchor} the validator accepted exists in the
 * built page. Bodies are written here, so that each leaves the parser with its headings' ids. One per page;
 * not thread-safe.
 */
final class Anchors {

    /** A body's qadocs Markdown and the ids of its headings, as {@link dev.qadocs.model.Section#headingIds()}. */
    record Body(String markdown, List<String> headingIds) {
    }

    private final Map<Integer, Heading> byLine;
    /** Lines whose heading's id is shown somewhere already: an id anchors one place. */
    private final Set<Integer> given = new HashSet<>();

    Anchors(Map<Integer, Heading> byLine) {
        this.byLine = byLine;
    }

    Collection<Heading> all() {
        return byLine.values();
    }

    /** The heading written on {@code line}, to read. */
    Heading at(int line) {
        return byLine.get(line);
    }

    /** The heading written on {@code line}, which titles a category or an entry. */
    Heading own(int line) {
        given.add(line);
        return byLine.get(line);
    }

    /**
     * The id of the heading written on {@code line}, for the section it starts or the body it is in; empty when no
     * heading is written there or its id is shown already.
     */
    String give(int line) {
        Heading heading = byLine.get(line);
        return heading != null && given.add(line) ? heading.id() : "";
    }

    Body body(List<Block> blocks) {
        return lines(MarkdownWriter.lines(blocks));
    }

    /** The lines as the body {@link MarkdownWriter#join} writes, with the ids of the headings among them. */
    Body lines(List<SourceLine> lines) {
        List<SourceLine> tidy = MarkdownWriter.tidy(lines);
        String markdown = MarkdownWriter.text(tidy);
        // Finding the headings takes a parse; most bodies have none, and no line that could be one.
        if (!mayHoldHeading(markdown)) {
            return new Body(markdown, List.of());
        }
        List<String> ids = new ArrayList<>();
        for (int index : Markdown.headingLines(markdown)) {
            ids.add(give(tidy.get(index).line()));
        }
        return new Body(markdown, ids);
    }

    /**
     * Whether a line of {@code markdown} can be a heading written with {@code #}, inside quotes and list items too,
     * and more: one to six {@code #} then a blank or the line's end, after nothing but blanks and quote or list
     * markers ({@code >*+-.)} and digits). Found from each {@code #}, looking back to the line's start: the regex
     * it replaces tried every position of every body, a visible cost under C1, and most bodies have no {@code #}.
     */
    static boolean mayHoldHeading(String markdown) {
        int length = markdown.length();
        for (int hash = markdown.indexOf('#'); hash >= 0; ) {
            int end = hash + 1;
            while (end < length && markdown.charAt(end) == '#') {
                end++;
            }
            if (end - hash <= 6 && (end == length || isBlankOrBreak(markdown.charAt(end))) && startsLine(markdown, hash)) {
                return true;
            }
            hash = markdown.indexOf('#', end);
        }
        return false;
    }

    /** Whether only marker characters stand between {@code at} and the start of its line. */
    private static boolean startsLine(String markdown, int at) {
        int i = at - 1;
        while (i >= 0 && " \t>*+-.)0123456789".indexOf(markdown.charAt(i)) >= 0) {
            i--;
        }
        return i < 0 || isBreak(markdown.charAt(i));
    }

    private static boolean isBlankOrBreak(char c) {
        return c == ' ' || c == '\t' || isBreak(c);
    }

    /** The characters that end a line for a regex, as the multiline pattern this replaces read them. */
    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
