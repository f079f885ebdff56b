package dev.qadocs.parse;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ATX heading line. Heading-per-question READMEs also write {@code 1. ### What is React?}: a list item whose
 * content is a heading. It reads as the heading; the list number is kept apart because GitHub's anchor for it
 * is made from the heading alone ({@code #what-is-react}).
 *
 * @param text       the heading's inline Markdown, without the {@code #} marks
 * @param listNumber the number of the {@code 1. ###} form, whose answer is indented under the list item
 */
record HeadingLine(int level, String text, OptionalInt listNumber) {

    private static final Pattern ATX = Pattern.compile(
            "^ {0,3}(?:(\\d{1,9})[.)]\\s+)?(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");

    static Optional<HeadingLine> parse(String line) {
        Matcher m = ATX.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String text = m.group(3) == null ? "" : m.group(3).strip();
        OptionalInt number = m.group(1) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group(1)));
        return Optional.of(new HeadingLine(m.group(2).length(), text, number));
    }
}
