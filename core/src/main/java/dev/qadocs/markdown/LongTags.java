package dev.qadocs.markdown;

/**
 * Flexmark recognises inline HTML with a regular expression that recurses once per attribute, so {@code <span }
 * followed by thousands of words overflows the stack. No real tag has hundreds of attributes: the {@code <} of
 * such a run is replaced before Flexmark sees it, and the text reads as text. One pass, linear in the input.
 */
public final class LongTags {

    /** Far more attributes than any hand-written tag has, far fewer than it takes to exhaust a thread's stack. */
    static final int MAX_ATTRIBUTES = 200;

    private LongTags() {
    }

    /**
     * {@code text} with the {@code <} of every tag start followed by more than {@link #MAX_ATTRIBUTES} words
     * replaced by {@code replacement}; {@code text} itself when there is none, which is nearly always.
     */
    public static String defuse(String text, String replacement) {
        StringBuilder out = null;
        int done = 0;
        int at = text.indexOf('<');
        while (at >= 0) {
            int end = scan(text, at);
            if (end < 0) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8);
                }
                out.append(text, done, at).append(replacement);
                done = at + 1;
                end = -end;
            }
            at = end < text.length() ? text.indexOf('<', Math.max(end, at + 1)) : -1;
        }
        return out == null ? text : out.append(text, done, text.length()).toString();
    }

    /**
     * Reads the tag starting at {@code start} up to its {@code >} or the next {@code <} and returns where it
     * stopped, negated when the tag has too many attributes. Quoted values are skipped whole.
     */
    private static int scan(String text, int start) {
        int i = start + 1;
        if (i >= text.length() || !Character.isLetter(text.charAt(i))) {
            return i;
        }
        int words = 0;
        boolean inSpace = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '>' || c == '<') {
                break;
            }
            if (c == '"' || c == '\'') {
                int close = text.indexOf(c, i + 1);
                i = close < 0 ? text.length() : close + 1;
                inSpace = false;
                continue;
            }
            boolean space = Character.isWhitespace(c);
            if (space && !inSpace && ++words > MAX_ATTRIBUTES) {
                return -i;
            }
            inSpace = space;
            i++;
        }
        return i;
    }
}
