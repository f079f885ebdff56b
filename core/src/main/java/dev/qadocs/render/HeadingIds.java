package dev.qadocs.render;

import dev.qadocs.model.Category;
import dev.qadocs.model.Entry;
import dev.qadocs.model.Heading;
import dev.qadocs.model.Page;
import dev.qadocs.model.Passage;
import dev.qadocs.model.Question;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Hands out the parser's anchor ids ({@link Page#headings()}) to the headings the theme renders from Markdown,
 * so that every {@code #anchor} the validator accepted also exists in the built page. Categories, questions and
 * passages carry their own ids; the rest are matched by source line (a {@code ####} that starts a section) or, for
 * headings inside Markdown bodies, by text in source order, which is the order pages render in. One per page
 * render; not thread-safe.
 */
final class HeadingIds {

    private final Map<Integer, Heading> byLine = new HashMap<>();
    private final Map<String, ArrayDeque<String>> byText = new HashMap<>();

    HeadingIds(Page page) {
        Set<String> taken = ownIds(page);
        for (Heading heading : page.headings()) {
            if (!taken.contains(heading.id())) {
                byLine.put(heading.position().line(), heading);
                byText.computeIfAbsent(normalize(heading.text()), t -> new ArrayDeque<>()).add(heading.id());
            }
        }
    }

    /** The id of the heading written on {@code line}, if one was. */
    Optional<String> atLine(int line) {
        Heading heading = byLine.remove(line);
        if (heading == null) {
            return Optional.empty();
        }
        ArrayDeque<String> sameText = byText.get(normalize(heading.text()));
        sameText.remove(heading.id());
        return Optional.of(heading.id());
    }

    /** The id of the next unclaimed heading with this text. */
    Optional<String> forText(String text) {
        ArrayDeque<String> ids = byText.get(normalize(text));
        return Optional.ofNullable(ids == null ? null : ids.poll());
    }

    private static Set<String> ownIds(Page page) {
        Set<String> ids = new HashSet<>();
        for (Category category : page.categories()) {
            ids.add(category.id());
            for (Entry entry : category.entries()) {
                ids.add(entry instanceof Question q ? q.id() : ((Passage) entry).id());
            }
        }
        return ids;
    }

    private static String normalize(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
