package dev.qadocs.load;

/**
 * One content file, read and decoded.
 *
 * @param path relative to the content folder, with {@code /}: the name diagnostics and output paths use
 * @param text the whole file as UTF-8 text, front matter included, with line breaks normalised to {@code \n}
 */
public record SourceFile(String path, String text) {
}
