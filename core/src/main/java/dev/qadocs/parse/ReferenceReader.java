package dev.qadocs.parse;

import dev.qadocs.model.FurtherReading;
import dev.qadocs.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the list items of a further-reading section as references. Authors often write bare domains
 * ({@code arxiv.org/abs/1706.03762}); those become {@code https://} links so readers can follow them.
 */
final class ReferenceReader {

    private static final Pattern ITEM = Pattern.compile("^ {0,3}(?:[-*+]|\\d{1,9}[.)])\\s+(.*)$");
    /**
     * Possessive, and no {@code [} inside the text, so that no position is read twice: a long line of brackets or
     * spaces costs linear time, not quadratic.
     */
    private static final Pattern MARKDOWN_LINK = Pattern.compile(
            "\\[([^\\[\\]]*+)]\\(\\s*+<?([^)\\s>]++)>?(?:\\s++[\"'(][^)]*+)?\\)");
    private static final Pattern BARE_URL = Pattern.compile(
            "(?<![\\w@/.-])((https?://)?(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,}(/[^\\s)\\]]*)?)");

    private ReferenceReader() {
    }

    static List<FurtherReading.Reference> references(String file, List<SourceLine> lines) {
        List<FurtherReading.Reference> references = new ArrayList<>();
        StringBuilder item = null;
        SourcePosition at = null;
        for (SourceLine line : lines) {
            Matcher start = ITEM.matcher(line.text());
            if (start.matches()) {
                add(references, item, at);
                item = new StringBuilder(start.group(1).strip());
                at = line.stripLeading().positionIn(file);
            } else if (item != null && !line.isBlank() && line.indent() > 0) {
                item.append(' ').append(line.text().strip());
            } else {
                add(references, item, at);
                item = null;
            }
        }
        add(references, item, at);
        return references;
    }

    private static void add(List<FurtherReading.Reference> references, StringBuilder item, SourcePosition at) {
        if (item != null && !item.isEmpty()) {
            references.add(reference(item.toString(), at));
        }
    }

    static FurtherReading.Reference reference(String item, SourcePosition at) {
        Matcher link = MARKDOWN_LINK.matcher(item);
        if (link.find()) {
            String title = tidy(item.substring(0, link.start()) + link.group(1) + item.substring(link.end()));
            return new FurtherReading.Reference(title, Optional.of(link.group(2)), at);
        }
        Matcher bare = BARE_URL.matcher(item);
        while (bare.find()) {
            String before = item.substring(0, bare.start());
            int separator = trailingSeparator(before);
            boolean looksLikeUrl = bare.group(2) != null || bare.group(3) != null
                    || separator < before.length() || before.isBlank();
            if (looksLikeUrl) {
                String url = withoutTrailingPunctuation(bare.group(1));
                String title = tidy(before.substring(0, separator) + " "
                        + item.substring(bare.start() + url.length()));
                return new FurtherReading.Reference(title.isEmpty() ? url : title,
                        Optional.of(bare.group(2) != null ? url : "https://" + url), at);
            }
        }
        return new FurtherReading.Reference(tidy(item), Optional.empty(), at);
    }

    private static String tidy(String text) {
        String collapsed = text.replaceAll("\\s+", " ").strip();
        return collapsed.substring(0, trailingSeparator(collapsed)).strip();
    }

    /**
     * Where the dash or colon between a reference's title and its URL starts ("Attention paper - arxiv.org/…"),
     * with the spaces around it; {@code text.length()} when there is none. A scan from the end: a pattern
     * anchored at {@code $} would be tried from every position of a long run of spaces.
     */
    private static int trailingSeparator(String text) {
        int end = skipSpacesBack(text, text.length());
        int start;
        if (end >= 2 && text.startsWith("--", end - 2)) {
            start = end - 2;
        } else if (end >= 1 && "-:\u2013\u2014".indexOf(text.charAt(end - 1)) >= 0) {
            start = end - 1;
        } else {
            return text.length();
        }
        return skipSpacesBack(text, start);
    }

    private static int skipSpacesBack(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static String withoutTrailingPunctuation(String url) {
        int end = url.length();
        while (end > 0 && ".,;:!?".indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }
}
