package dev.qadocs.parse;

/**
 * Whitespace collapsed as {@code text.replaceAll("\\s+", " ").strip()} does, without a regex: titles are read by
 * the thousand, and under C1 (how the build runs) a matcher per title cost more than the rest of reading it.
 */
final class Whitespace {

    private Whitespace() {
    }

    /** Each run of {@code \s} ({@code [ \t\n\x0B\f\r]}) as one space, then {@link String#strip()}. */
    static String collapse(CharSequence text) {
        int length = text.length();
        // Most titles hold only single spaces: they are copied once, at the end, if at all.
        StringBuilder out = null;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!isRegexSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < length && isRegexSpace(text.charAt(end))) {
                end++;
            }
            if (out == null && (c != ' ' || end > i + 1)) {
                out = new StringBuilder(length).append(text, 0, i);
            }
            if (out != null) {
                out.append(' ');
            }
            i = end - 1;
        }
        return (out != null ? out.toString() : text.toString()).strip();
    }

    /** What {@code \s} matches without {@code UNICODE_CHARACTER_CLASS}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
