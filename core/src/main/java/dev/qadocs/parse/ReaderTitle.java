package dev.qadocs.parse;

import org.jsoup.parser.Parser;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading or summary as a reader names it: the visible text without decoration ({@code <Icon/>} components,
 * {@code :emoji:} shortcodes, leading and trailing emoji such as difficulty marks, the {@code ***} "no answer yet"
 * marker, HTML tags), entities decoded, and a leading list number or {@code Qn:} label read as the number.
 * An explicit anchor ({@code {#custom-id}}, {@code <a name="…">}) is kept apart so existing deep links still work.
 */
record ReaderTitle(OptionalInt number, String text, Optional<String> id) {

    private static final Pattern CUSTOM_ID = Pattern.compile("\\{#([\\w.:-]+)}\\s*");
    private static final Pattern ANCHOR = Pattern.compile("(?i)<a\\s+(?:name|id)\\s*=\\s*[\"']([^\"']+)[\"'][^>]*>");
    private static final Pattern SHORTCODE = Pattern.compile("(?<![\\w:]):[a-z0-9_+-]+:(?![\\w:])");
    private static final String NO_ANSWER_MARK = "***";
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,9})[.)]\\s+(.+)$", Pattern.DOTALL);
    private static final Pattern Q_LABEL = Pattern.compile("^(?i:Q)(\\d{1,9})\\s*[:.)]\\s*(.+)$", Pattern.DOTALL);
    private static final int MAX_TAG = 300;

    /** The visible text of a title, without decoration and without its explicit id; a number stays in it. */
    static String text(String markdown) {
        String head = markdown.substring(0, customIdStart(markdown));
        // A shortcode needs two colons; most titles have none, and a matcher's run over them found nothing.
        String source = (head.indexOf(':') >= 0 ? SHORTCODE.matcher(head).replaceAll("") : head).stripTrailing();
        if (source.endsWith(NO_ANSWER_MARK) && !source.endsWith("*" + NO_ANSWER_MARK)) {
            source = source.substring(0, source.length() - NO_ANSWER_MARK.length());
        }
        return trimSymbols(visible(source));
    }

    /**
     * Where a trailing {@code {#id}} starts, else the length. Matched from its {@code {#} only: a pattern with
     * leading blanks, tried at every position, took quadratic time on a title padded with spaces.
     */
    private static int customIdStart(String markdown) {
        int open = markdown.lastIndexOf("{#");
        return open >= 0 && CUSTOM_ID.matcher(markdown).region(open, markdown.length()).matches() ? open
                : markdown.length();
    }

    /** Reads {@code markdown}; {@code listNumber} is the number of a {@code 1. ###} list item, which wins. */
    static ReaderTitle read(String markdown, OptionalInt listNumber) {
        int customId = customIdStart(markdown);
        Optional<String> id = customId == markdown.length() ? Optional.empty()
                : Optional.of(markdown.substring(customId + 2, markdown.indexOf('}', customId)));
        String source = markdown.substring(0, customId);
        // Each pattern below needs its first character: most titles have no tag and start with neither.
        Matcher anchor = source.indexOf('<') >= 0 ? ANCHOR.matcher(source) : null;
        if (anchor != null && anchor.find()) {
            id = id.or(() -> Optional.of(anchor.group(1)));
        }
        String text = text(source);
        OptionalInt number = listNumber;
        for (Pattern label : new Pattern[] {NUMBERED, Q_LABEL}) {
            Matcher numbered = number.isEmpty() && mayBeNumbered(text) ? label.matcher(text) : null;
            if (numbered != null && numbered.matches()) {
                number = OptionalInt.of(Integer.parseInt(numbered.group(1)));
                text = trimSymbols(numbered.group(2));
            }
        }
        return new ReaderTitle(number, text, id);
    }

    /** Whether the text starts as a list number or a {@code Qn:} label must: with an ASCII digit or a Q. */
    private static boolean mayBeNumbered(String text) {
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        return (first >= '0' && first <= '9') || first == 'q' || first == 'Q';
    }

    /**
     * The Markdown with HTML and JSX tags dropped (their content kept) and entities decoded, outside code spans,
     * which stay as written: titles keep their inline code ({@code `useMemo`}) for the theme to show.
     */
    private static String visible(String markdown) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        int plainFrom = 0;
        while (i < markdown.length()) {
            char c = markdown.charAt(i);
            if (c == '`') {
                int run = runLength(markdown, i);
                int close = markdown.indexOf(markdown.substring(i, i + run), i + run);
                if (close > 0) {
                    text.append(unescape(markdown.substring(plainFrom, i)));
                    text.append(markdown, i, close + run);
                    i = close + run;
                    plainFrom = i;
                    continue;
                }
                i += run;
            } else if (c == '<' && isTagStart(markdown, i + 1) && tagEnd(markdown, i) > 0) {
                text.append(unescape(markdown.substring(plainFrom, i)));
                i = tagEnd(markdown, i);
                plainFrom = i;
            } else {
                i++;
            }
        }
        text.append(unescape(markdown.substring(plainFrom)));
        return Whitespace.collapse(text);
    }

    /** Entities decoded; text without an {@code &} has none, and jsoup's tokeniser was a visible cost per title. */
    private static String unescape(String text) {
        return text.indexOf('&') >= 0 ? Parser.unescapeEntities(text, false) : text;
    }

    /** Just after the {@code >} of the tag at {@code from}, or -1: a tag in a title is short, so look only so far. */
    private static int tagEnd(String text, int from) {
        int limit = Math.min(text.length(), from + MAX_TAG);
        for (int i = from + 1; i < limit; i++) {
            if (text.charAt(i) == '>') {
                return i + 1;
            }
        }
        return -1;
    }

    private static int runLength(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) == text.charAt(from)) {
            end++;
        }
        return end - from;
    }

    private static boolean isTagStart(String text, int at) {
        int i = at < text.length() && text.charAt(at) == '/' ? at + 1 : at;
        return i < text.length() && Character.isLetter(text.charAt(i));
    }

    /** Removes emoji and other pictographs (with their joiners and variation selectors) at either end. */
    private static String trimSymbols(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isDecoration(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isDecoration(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    private static boolean isDecoration(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.getType(codePoint) == Character.OTHER_SYMBOL
                || codePoint == 0x200D || (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || codePoint == 0x20E3
                || codePoint == 0xA0 || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF);
    }
}
