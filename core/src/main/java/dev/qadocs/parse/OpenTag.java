package dev.qadocs.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A JSX/HTML open tag read from text: {@code <Accordion title="Uses `<div>` & more" icon='x' defaultOpen>}.
 * Attribute values may be quoted either way or be {@code {expressions}}; a {@code >} inside them does not end
 * the tag, which is why this is a small reader and not a regular expression.
 *
 * @param end index just after the closing {@code >}
 */
record OpenTag(String name, Map<String, String> attributes, boolean selfClosing, int end) {

    /** Reads the tag at the start of {@code text}; empty when it does not close within {@code text}. */
    static Optional<OpenTag> read(String text) {
        int i = 1;
        while (i < text.length() && isNameChar(text.charAt(i))) {
            i++;
        }
        String name = text.substring(1, i);
        Map<String, String> attributes = new LinkedHashMap<>();
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '>') {
                return Optional.of(new OpenTag(name, attributes, false, i + 1));
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '>') {
                return Optional.of(new OpenTag(name, attributes, true, i + 2));
            } else {
                int nameStart = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && "=/>".indexOf(text.charAt(i)) < 0) {
                    i++;
                }
                String key = text.substring(nameStart, i);
                int afterSpace = skipSpace(text, i);
                if (afterSpace < text.length() && text.charAt(afterSpace) == '=') {
                    int valueStart = skipSpace(text, afterSpace + 1);
                    int valueEnd = valueEnd(text, valueStart);
                    if (valueEnd < 0) {
                        return Optional.empty();
                    }
                    attributes.put(key, unquote(text.substring(valueStart, valueEnd)));
                    i = valueEnd;
                } else if (key.isEmpty()) {
                    i++;
                } else {
                    attributes.put(key, "true");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_';
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Index after the value starting at {@code start}, or -1 when it is still open at the end of the text. */
    private static int valueEnd(String text, int start) {
        if (start >= text.length()) {
            return -1;
        }
        char first = text.charAt(start);
        if (first == '"' || first == '\'') {
            int close = text.indexOf(first, start + 1);
            return close < 0 ? -1 : close + 1;
        }
        if (first == '{') {
            int depth = 0;
            char quote = 0;
            for (int i = start; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '"' || c == '\'' || c == '`') {
                    quote = c;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return i + 1;
                }
            }
            return -1;
        }
        int i = start;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '>') {
            i++;
        }
        return i;
    }

    private static String unquote(String raw) {
        String value = raw;
        if (value.startsWith("{") && value.endsWith("}")) {
            value = value.substring(1, value.length() - 1).strip();
        }
        if (value.length() >= 2 && "\"'`".indexOf(value.charAt(0)) >= 0 && value.charAt(value.length() - 1) == value.charAt(0)) {
            value = value.substring(1, value.length() - 1);
        }
        return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
