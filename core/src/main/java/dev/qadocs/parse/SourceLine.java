package dev.qadocs.parse;

import dev.qadocs.model.SourcePosition;

/**
 * A line of page text and where its first character sits in the original file. Dedenting component content
 * moves {@code column} along with the text, so positions found in the dedented text still map back exactly.
 */
record SourceLine(String text, int line, int column) {

    int indent() {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    boolean isBlank() {
        return text.isBlank();
    }

    /** The text from {@code offset} on, positioned where it was. */
    SourceLine from(int offset) {
        return new SourceLine(text.substring(offset), line, column + offset);
    }

    /** Removes up to {@code width} leading blanks. */
    SourceLine dedent(int width) {
        return from(Math.min(width, indent()));
    }

    SourceLine stripLeading() {
        return from(indent());
    }

    /** Where this line's first character sits, for a diagnostic or a model element. */
    SourcePosition positionIn(String file) {
        return new SourcePosition(file, line, column);
    }
}
