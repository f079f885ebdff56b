package dev.qadocs.model;

/**
 * A link or image as written in the source (never one inside code).
 *
 * @param target   the URL exactly as written: {@code other.md#x}, {@code /docs/page}, {@code #anchor}, {@code https://…}
 * @param image    true for {@code ![alt](src)} and {@code <img src>}
 * @param position the position of the link's first character ({@code [} or {@code <})
 */
public record Link(String target, String text, boolean image, SourcePosition position) {
}
