package dev.qadocs.markdown;

import java.util.Optional;

/**
 * What the outputs read of one piece of Markdown, all from a single parse: the HTML a page shows, the plain text
 * search indexes and the first paragraph a one-line gist is cut from.
 *
 * @param html           {@link Markdown#toHtml(String)}, or empty when the Markdown holds headings: the HTML holds
 *                       their ids, which the model keeps beside the text, so the renderer converts it with them
 * @param text           {@link Markdown#toPlainText(String)}
 * @param firstParagraph {@link Markdown#firstParagraph(String)}
 */
public record MarkdownForms(Optional<String> html, String text, String firstParagraph) {
}
