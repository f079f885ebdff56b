package dev.qadocs.render;

import dev.qadocs.markdown.Markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The HTML of recently rendered Markdown snippets, so that rendering a page again after a one-question edit
 * converts only the snippets that changed. A page is hundreds of small snippets (sections, quick-fire pairs) and
 * Flexmark and jsoup spend most of their time setting up per snippet, which made re-rendering the edited page the
 * larger part of a preview rebuild. Keyed by the Markdown text compared whole, so it can never collide. Bounded,
 * least recently used first out: a full build renders every snippet once and must not keep the whole site.
 * Thread-safe; results are exactly those of {@link Markdown}.
 */
final class MarkdownCache {

    /** Several times the snippets of a large page, and a few megabytes at most. */
    static final int CAPACITY = 4096;

    private enum Form { BLOCK, INLINE, PLAIN }

    private record Key(Form form, String markdown) {
    }

    /**
     * @param headings the texts {@link Markdown#toHtml(String, Function)} asked ids for, in order
     * @param ids      what it was told: the same Markdown with other heading ids is other HTML
     */
    private record Rendered(List<String> headings, List<Optional<String>> ids, String html) {
    }

    private final Map<Key, Rendered> entries = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Rendered> eldest) {
            return size() > CAPACITY;
        }
    });

    /**
     * {@link Markdown#toHtml(String, Function)}. {@code headingIds} hands out ids in order (see {@link HeadingIds}),
     * so it is asked about exactly the headings, in exactly the order, that rendering would ask about.
     */
    String toHtml(String markdown, Function<String, Optional<String>> headingIds) {
        Key key = new Key(Form.BLOCK, markdown);
        Rendered cached = entries.get(key);
        if (cached == null) {
            List<String> headings = new ArrayList<>();
            List<Optional<String>> ids = new ArrayList<>();
            String html = Markdown.toHtml(markdown, text -> {
                Optional<String> id = headingIds.apply(text);
                headings.add(text);
                ids.add(id);
                return id;
            });
            return remember(key, new Rendered(headings, ids, html));
        }
        List<Optional<String>> ids = cached.headings().stream().map(headingIds).toList();
        if (ids.equals(cached.ids())) {
            return cached.html();
        }
        // The ids were handed out already; rendering asks about the same headings again, so replay them.
        Iterator<Optional<String>> replay = ids.iterator();
        return remember(key, new Rendered(cached.headings(), ids, Markdown.toHtml(markdown, text -> replay.next())));
    }

    /** {@link Markdown#toInlineHtml(String)}. */
    String toInlineHtml(String markdown) {
        return pure(Form.INLINE, markdown, () -> Markdown.toInlineHtml(markdown));
    }

    /** {@link Markdown#toPlainText(String)}. */
    String toPlainText(String markdown) {
        return pure(Form.PLAIN, markdown, () -> Markdown.toPlainText(markdown));
    }

    private String pure(Form form, String markdown, Supplier<String> render) {
        Key key = new Key(form, markdown);
        Rendered cached = entries.get(key);
        return cached != null ? cached.html() : remember(key, new Rendered(List.of(), List.of(), render.get()));
    }

    private String remember(Key key, Rendered rendered) {
        entries.put(key, rendered);
        return rendered.html();
    }
}
