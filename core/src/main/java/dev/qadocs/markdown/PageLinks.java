package dev.qadocs.markdown;

import java.util.Locale;

/**
 * Authors link pages by their source file ({@code rag.md}, {@code ../x/y.mdx#anchor}) so the links work on GitHub;
 * the site serves {@code .html}. Only relative links are touched: root-relative ({@code /x}) and absolute ones
 * are the author's business.
 */
public final class PageLinks {

    private PageLinks() {
    }

    public static String toHtml(String href) {
        return replacePageExtension(href, ".html");
    }

    /** For Markdown twins, which sit where the pages do: {@code x.mdx} becomes {@code x.md}. */
    public static String toMarkdown(String href) {
        return replacePageExtension(href, ".md");
    }

    private static String replacePageExtension(String href, String extension) {
        if (!isRelative(href)) {
            return href;
        }
        int end = firstOf(href, '#', '?');
        String path = href.substring(0, end);
        String lower = path.toLowerCase(Locale.ROOT);
        int dot = lower.endsWith(".md") ? path.length() - 3 : lower.endsWith(".mdx") ? path.length() - 4 : -1;
        if (dot <= 0 || path.charAt(dot - 1) == '/') {
            return href;
        }
        return path.substring(0, dot) + extension + href.substring(end);
    }

    private static boolean isRelative(String href) {
        return !href.isEmpty() && SafeUrls.scheme(SafeUrls.asBrowserReads(href)).isEmpty() && !href.startsWith("/")
                && !href.startsWith("#") && !href.startsWith("?");
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) {
            return j < 0 ? s.length() : j;
        }
        return j < 0 ? i : Math.min(i, j);
    }
}
