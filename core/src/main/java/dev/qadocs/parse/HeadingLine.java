package dev.qadocs.parse;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * An ATX heading line. Heading-per-question READMEs also write {@code 1. ### What is React?}: a list item whose
 * content is a heading. It reads as the heading; the list number is kept apart because GitHub's anchor for it
 * is made from the heading alone ({@code #what-is-react}). Read by hand in one pass: a regular expression with a
 * lazy title and optional trailing blanks took quadratic time on a heading padded with spaces.
 *
 * @param text       the heading's inline Markdown, without the {@code #} marks
 * @param listNumber the number of the {@code 1. ###} form, whose answer is indented under the list item
 */
record HeadingLine(int level, String text, OptionalInt listNumber) {

    private static final int MAX_LIST_DIGITS = 9;

    static Optional<HeadingLine> parse(String line) {
        int i = 0;
        while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
            i++;
        }
        OptionalInt number = OptionalInt.empty();
        int digits = i;
        while (digits < line.length() && digits - i < MAX_LIST_DIGITS + 1 && Character.isDigit(line.charAt(digits))) {
            digits++;
        }
        if (digits > i && digits - i <= MAX_LIST_DIGITS && digits + 1 < line.length()
                && (line.charAt(digits) == '.' || line.charAt(digits) == ')') && isBlank(line.charAt(digits + 1))) {
            number = OptionalInt.of(Integer.parseInt(line.substring(i, digits)));
            i = skipBlanks(line, digits + 1);
        }
        int hashes = i;
        while (hashes < line.length() && line.charAt(hashes) == '#') {
            hashes++;
        }
        int level = hashes - i;
        if (level < 1 || level > 6 || (hashes < line.length() && !isBlank(line.charAt(hashes)))) {
            return Optional.empty();
        }
        int end = line.length();
        while (end > hashes && isBlank(line.charAt(end - 1))) {
            end--;
        }
        int closing = end;
        while (closing > hashes && line.charAt(closing - 1) == '#') {
            closing--;
        }
        if (closing < end && (closing == hashes || isBlank(line.charAt(closing - 1)))) {
            end = closing;
        }
        return Optional.of(new HeadingLine(level, line.substring(hashes, Math.max(hashes, end)).strip(), number));
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static int skipBlanks(String line, int from) {
        int i = from;
        while (i < line.length() && isBlank(line.charAt(i))) {
            i++;
        }
        return i;
    }
}
