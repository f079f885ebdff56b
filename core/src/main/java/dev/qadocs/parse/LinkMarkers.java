package dev.qadocs.parse;

/**
 * Whether text may hold a link: an inline link's {@code ](} or an {@code <a} or {@code <img} tag. A scan that finds
 * what {@code ]\(|<(?i:a|img)\b} finds, at a fraction of its cost under C1: every text block and every paragraph
 * of a page is asked, and most hold neither marker.
 */
final class LinkMarkers {

    private LinkMarkers() {
    }

    static boolean in(CharSequence text) {
        return in(text, 0, text.length());
    }

    /** Whether a marker lies wholly between {@code start} and {@code end}, the text past {@code end} unseen. */
    static boolean in(CharSequence text, int start, int end) {
        if (text instanceof String string) {
            int link = string.indexOf("](", start);
            if (link >= 0 && link + 2 <= end) {
                return true;
            }
            for (int tag = string.indexOf('<', start); tag >= 0 && tag < end; tag = string.indexOf('<', tag + 1)) {
                if (tagAt(string, tag + 1, end)) {
                    return true;
                }
            }
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ']' && i + 1 < end && text.charAt(i + 1) == '(' || c == '<' && tagAt(text, i + 1, end)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code a} or {@code img}, in any case, starts at {@code i} and ends at a word boundary. */
    private static boolean tagAt(CharSequence text, int i, int end) {
        if (i < end && (text.charAt(i) | 0x20) == 'a' && boundary(text, i + 1, end)) {
            return true;
        }
        return i + 2 < end && (text.charAt(i) | 0x20) == 'i' && (text.charAt(i + 1) | 0x20) == 'm'
                && (text.charAt(i + 2) | 0x20) == 'g' && boundary(text, i + 3, end);
    }

    /**
     * After a letter, whether {@code i} is a word boundary as {@link java.util.regex.Pattern}'s {@code \b} reads
     * one: the end, or a character that is neither a letter, a digit, {@code _} nor a combining mark.
     */
    private static boolean boundary(CharSequence text, int i, int end) {
        if (i >= end) {
            return true;
        }
        int next = Character.codePointAt(text, i);
        return !(Character.isLetterOrDigit(next) || next == '_' || Character.getType(next) == Character.NON_SPACING_MARK);
    }
}
