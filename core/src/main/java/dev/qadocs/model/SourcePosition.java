package dev.qadocs.model;

/**
 * Where something starts in a source file: a path relative to the content folder (always with {@code /}),
 * and a 1-based line and column, as compilers and editors count them.
 */
public record SourcePosition(String file, int line, int column) {

    public SourcePosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    public static SourcePosition of(String file, int line) {
        return new SourcePosition(file, line, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
