package dev.qadocs.parse;

import dev.qadocs.markdown.Markdown;
import dev.qadocs.model.Heading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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

    /** Every line that can be a heading written with {@code #}, inside quotes and list items too, and more. */
    private static final Pattern MAYBE_HEADING = Pattern.compile("(?m)^[ \\t>*+\\-\\d.)]*#{1,6}(?:[ \\t]|$)");

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
        if (!MAYBE_HEADING.matcher(markdown).find()) {
            return new Body(markdown, List.of());
        }
        List<String> ids = new ArrayList<>();
        for (int index : Markdown.headingLines(markdown)) {
            ids.add(give(tidy.get(index).line()));
        }
        return new Body(markdown, ids);
    }
}
