package dev.qadocs.render;

import dev.qadocs.markdown.Markdown;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The HTML of recently rendered Markdown snippets, so that rendering a page again after a one-question edit
 * converts only the snippets that changed. A page is hundreds of small snippets (sections, quick-fire pairs) and
 * Flexmark and jsoup spend most of their time setting up per snippet, which made re-rendering the edited page the
 * larger part of a preview rebuild. Keyed by the Markdown text and its headings' ids compared whole, so it can
 * never collide. Bounded, least recently used first out: a full build renders every snippet once and must not keep
 * the whole site. Thread-safe; results are exactly those of {@link Markdown}.
 */
final class MarkdownCache {

    /** Several times the snippets of a large page, and a few megabytes at most. */
    static final int CAPACITY = 4096;

    private enum Form { BLOCK, INLINE, PLAIN }

    /** @param headingIds what the HTML gives the headings: the same Markdown with other ids is other HTML */
    private record Key(Form form, String markdown, List<String> headingIds) {
    }

    private final Map<Key, String> entries = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
            return size() > CAPACITY;
        }
    });

    /** {@link Markdown#toHtml(String, List)}. */
    String toHtml(String markdown, List<String> headingIds) {
        return converted(new Key(Form.BLOCK, markdown, headingIds), () -> Markdown.toHtml(markdown, headingIds));
    }

    /** {@link Markdown#toInlineHtml(String)}. */
    String toInlineHtml(String markdown) {
        return converted(new Key(Form.INLINE, markdown, List.of()), () -> Markdown.toInlineHtml(markdown));
    }

    /** {@link Markdown#toPlainText(String)}. */
    String toPlainText(String markdown) {
        return converted(new Key(Form.PLAIN, markdown, List.of()), () -> Markdown.toPlainText(markdown));
    }

    private String converted(Key key, Supplier<String> convert) {
        String cached = entries.get(key);
        if (cached != null) {
            return cached;
        }
        String html = convert.get();
        entries.put(key, html);
        return html;
    }
}
