package dev.qadocs.render;

import java.nio.charset.StandardCharsets;

/**
 * Shrinks the theme's own CSS and JavaScript as they are published: comments and indentation go, and nothing
 * else changes. Conservative on purpose, so it cannot change what the code does: every line break between two
 * tokens stays a line break (automatic semicolon insertion sees the same lines), strings, template literals and
 * regular expressions are copied untouched, and a space stays wherever two tokens would otherwise merge. A Java
 * step rather than terser or csso keeps {@code mvn verify} free of Node, and minifies user overrides never.
 */
final class AssetMinifier {

    private AssetMinifier() {
    }

    static byte[] minify(String name, byte[] content) {
        if (name.contains(".min.")) {
            return content;
        }
        String text = new String(content, StandardCharsets.UTF_8);
        if (name.endsWith(".css")) {
            return css(text).getBytes(StandardCharsets.UTF_8);
        }
        if (name.endsWith(".js")) {
            return js(text).getBytes(StandardCharsets.UTF_8);
        }
        return content;
    }

    /**
     * A space may go after these in CSS and before all but the colon (".a :hover" is not ".a:hover"); never around
     * + - > ~, which calc() and selectors need.
     */
    private static boolean cssTight(char last, char next) {
        return "{};,:".indexOf(last) >= 0 || "{};,".indexOf(next) >= 0;
    }

    static String css(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        boolean space = false;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? css.length() : end + 2;
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = true;
                i++;
                continue;
            }
            if (c == '"' || c == '\'') {
                int end = stringEnd(css, i);
                flushSpace(out, space, c);
                out.append(css, i, end);
                space = false;
                i = end;
                continue;
            }
            if (c == '}' && out.length() > 0 && out.charAt(out.length() - 1) == ';') {
                out.setLength(out.length() - 1);
            }
            flushSpace(out, space, c);
            space = false;
            out.append(c);
            i++;
        }
        return out.toString().strip() + "\n";
    }

    private static void flushSpace(StringBuilder out, boolean space, char next) {
        if (space && out.length() > 0 && !cssTight(out.charAt(out.length() - 1), next)) {
            out.append(' ');
        }
    }

    static String js(String js) {
        StringBuilder out = new StringBuilder(js.length());
        int i = 0;
        boolean space = false;
        boolean newline = false;
        while (i < js.length()) {
            char c = js.charAt(i);
            char next = i + 1 < js.length() ? js.charAt(i + 1) : 0;
            if (c == '/' && next == '/') {
                int end = js.indexOf('\n', i);
                i = end < 0 ? js.length() : end;
                continue;
            }
            if (c == '/' && next == '*') {
                int end = js.indexOf("*/", i + 2);
                newline |= js.substring(i, end < 0 ? js.length() : end).indexOf('\n') >= 0;
                space = true;
                i = end < 0 ? js.length() : end + 2;
                continue;
            }
            if (Character.isWhitespace(c)) {
                newline |= c == '\n';
                space = true;
                i++;
                continue;
            }
            int end = i + 1;
            if (c == '"' || c == '\'' || c == '`') {
                end = stringEnd(js, i);
            } else if (c == '/' && regexMayStart(out)) {
                end = regexEnd(js, i);
            }
            separate(out, space, newline, c);
            out.append(js, i, end);
            space = false;
            newline = false;
            i = end;
        }
        return out.toString().strip() + "\n";
    }

    /** What the removed whitespace leaves: a line break if it held one, a space if two tokens would merge. */
    private static void separate(StringBuilder out, boolean space, boolean newline, char next) {
        if (!space || out.length() == 0) {
            return;
        }
        char last = out.charAt(out.length() - 1);
        if (newline && !"{;,([".contains(String.valueOf(last)) && "})],;".indexOf(next) < 0) {
            out.append('\n');
        } else if (word(last) && word(next) || (last == '+' || last == '-') && last == next
                || Character.isDigit(last) && next == '.' || last == '/' && next == '/') {
            out.append(' ');
        }
    }

    private static boolean word(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '\\' || c > 127;
    }

    /** A slash starts a regular expression after an operator, an opening bracket or a keyword such as return. */
    private static boolean regexMayStart(StringBuilder out) {
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return true;
        }
        char last = out.charAt(end - 1);
        if ("(,=:[!&|?{};+-*%<>~^".indexOf(last) >= 0) {
            return true;
        }
        int start = end;
        while (start > 0 && Character.isLetter(out.charAt(start - 1))) {
            start--;
        }
        String word = out.substring(start, end);
        return switch (word) {
            case "return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void", "throw" -> true;
            default -> false;
        };
    }

    private static int stringEnd(String text, int start) {
        char quote = text.charAt(start);
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != quote) {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, text.length());
    }

    private static int regexEnd(String text, int start) {
        int i = start + 1;
        boolean inClass = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '\n') {
                break;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                i++;
                while (i < text.length() && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                return i;
            }
            i++;
        }
        return i;
    }
}
