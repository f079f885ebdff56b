package dev.qadocs.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tracks fenced code blocks line by line. Everything inside a fence is code: tags, headings, labels and links
 * written there are examples, not structure. Fences may be indented any amount because component content is.
 * A fence indented four or more sits in a container (a list item, a component) that starts at most three columns
 * before it and, as CommonMark reads it, ends with that container: at the first non-blank line indented less than
 * that, even when its closing fence is missing.
 */
final class Fences {

    private static final Pattern OPEN = Pattern.compile("^\\s*(`{3,}|~{3,})(.*)$");

    private char fenceChar;
    private int fenceLength;
    private int fenceIndent;

    /** True when {@code text} is a fence line or inside a fence; updates the state. */
    boolean isCode(String text) {
        // Read in place, without the stripped copies and the stream: most lines of a page pass through here.
        int start = start(text);
        if (fenceLength > 0) {
            int end = end(text, start);
            if (end - start >= fenceLength && isRun(text, start, end, fenceChar)) {
                fenceLength = 0;
                return true;
            }
            if (start == end || indent(text) > fenceIndent - 4) {
                return true;
            }
            fenceLength = 0;
        }
        if (!text.startsWith("```", start) && !text.startsWith("~~~", start)) {
            return false;
        }
        Matcher open = OPEN.matcher(text);
        if (open.matches() && !(open.group(1).charAt(0) == '`' && open.group(2).contains("`"))) {
            fenceChar = open.group(1).charAt(0);
            fenceLength = open.group(1).length();
            fenceIndent = indent(text);
            return true;
        }
        return false;
    }

    /** Where {@link String#strip} would start the text: its length when all of it is whitespace. */
    private static int start(String text) {
        int i = 0;
        while (i < text.length() && isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@link Character#isWhitespace}, answered at once for printable ASCII, which most lines start with. */
    private static boolean isWhitespace(char c) {
        return (c <= ' ' || c >= '\u007F') && Character.isWhitespace(c);
    }

    /** Where {@link String#strip} would end the text that starts at {@code start}. */
    private static int end(String text, int start) {
        int i = text.length();
        while (i > start && isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isRun(String text, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }

    private static int indent(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** For each line, whether it is code. */
    static boolean[] codeFlags(List<SourceLine> lines) {
        Fences fences = new Fences();
        boolean[] code = new boolean[lines.size()];
        for (int i = 0; i < code.length; i++) {
            code[i] = fences.isCode(lines.get(i).text());
        }
        return code;
    }
}
