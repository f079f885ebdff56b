package dev.qadocs.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Anchor ids by GitHub's rules (github-slugger): lowercase, keep letters, digits, {@code -} and {@code _}, turn
 * each space into {@code -}, drop everything else, and number repeats {@code -1}, {@code -2}. Matching GitHub
 * exactly is what makes {@code other.md#some-heading} links work both on GitHub and in the built site.
 * One instance is one page's id namespace; it is not thread-safe.
 */
public final class Slugger {

    private final Map<String, Integer> occurrences = new HashMap<>();

    /** The id for {@code text} (plain text, markup already removed), unique among the ids this instance gave. */
    public String unique(String text) {
        return uniqueId(slug(text));
    }

    /** An id the author wrote ({@code {#Custom-Id}}): kept as written, since links use it so; made unique. */
    public String explicit(String id) {
        return uniqueId(id);
    }

    private String uniqueId(String slug) {
        String result = slug;
        if (occurrences.containsKey(slug)) {
            int count = occurrences.get(slug);
            do {
                count++;
                result = slug + "-" + count;
            } while (occurrences.containsKey(result));
            occurrences.put(slug, count);
        }
        occurrences.put(result, 0);
        return result;
    }

    public static String slug(String text) {
        StringBuilder slug = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_'
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }
}
