package dev.qadocs.markdown;

import dev.qadocs.model.Page;
import dev.qadocs.model.SiteConfig;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where things are in the built site. Links between pages are relative ({@code ../guide/rag.html}), so the folder
 * works from {@code file://} and under any subpath; absolute URLs exist only when the site has a base URL.
 */
public final class SiteUrls {

    private SiteUrls() {
    }

    /** The path back to the site root from a file at {@code path}: {@code ./} at the top, {@code ../../} two down. */
    public static String root(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return depth == 0 ? "./" : "../".repeat(depth);
    }

    /** The page's HTML file, URL-encoded, relative to the site root: {@code guide/my%20page.html}. */
    public static String html(Page page) {
        return encodePath(page.slug()) + ".html";
    }

    /** The page's Markdown twin, relative to the site root. */
    public static String markdown(Page page) {
        return encodePath(page.slug()) + ".md";
    }

    /** The base URL with exactly one trailing slash, if the site has one. */
    public static Optional<String> base(SiteConfig config) {
        return config.baseUrl().map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.endsWith("/") ? s : s + "/");
    }

    /** {@code relative} made absolute against the base URL, or left relative when there is none. */
    public static String absoluteOrRelative(SiteConfig config, String relative) {
        return base(config).map(b -> b + relative).orElse(relative);
    }

    /** Percent-encodes each segment of a path (UTF-8), keeping the slashes: file names may hold spaces or {@code #}. */
    public static String encodePath(String path) {
        StringBuilder out = new StringBuilder(path.length() + 8);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
