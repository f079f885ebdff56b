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
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)]\\(\\s*<?([^)\\s>]+)>?(?:\\s+[\"'(][^)]*)?\\)");
    private static final Pattern BARE_URL = Pattern.compile(
            "(?<![\\w@/.-])((https?://)?(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,}(/[^\\s)\\]]*)?)");
    /** The dash or colon between a reference's title and its URL ("Attention paper - arxiv.org/…"). */
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s*(--|[-:\u2013\u2014])\\s*$");

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
            boolean looksLikeUrl = bare.group(2) != null || bare.group(3) != null
                    || TRAILING_SEPARATOR.matcher(before).find() || before.isBlank();
            if (looksLikeUrl) {
                String url = bare.group(1).replaceAll("[.,;:!?]+$", "");
                String title = tidy(TRAILING_SEPARATOR.matcher(before).replaceAll("") + " "
                        + item.substring(bare.start() + url.length()));
                return new FurtherReading.Reference(title.isEmpty() ? url : title,
                        Optional.of(bare.group(2) != null ? url : "https://" + url), at);
            }
        }
        return new FurtherReading.Reference(tidy(item), Optional.empty(), at);
    }

    private static String tidy(String text) {
        return TRAILING_SEPARATOR.matcher(text.replaceAll("\\s+", " ").strip()).replaceAll("").strip();
    }
}
