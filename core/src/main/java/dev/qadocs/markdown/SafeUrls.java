package dev.qadocs.markdown;

import java.util.Locale;
import java.util.Set;

/**
 * The one place that decides whether a URL may become a link or an image in the site. The check runs on the URL
 * as a browser's URL parser reads it (WHATWG URL: C0 controls and spaces stripped from both ends, tabs and
 * newlines removed anywhere), so {@code \u0001javascript:} or {@code java&#9;script:} cannot slip past a check
 * that only trimmed whitespace.
 */
public final class SafeUrls {

    /** Relative URLs (no scheme) are allowed too: they stay on the site. */
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto", "tel");

    private SafeUrls() {
    }

    /** {@code url} as a browser reads it before resolving: what it will really follow. */
    public static String asBrowserReads(String url) {
        int start = 0;
        int end = url.length();
        while (start < end && url.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && url.charAt(end - 1) <= ' ') {
            end--;
        }
        StringBuilder out = null;
        for (int i = start; i < end; i++) {
            char c = url.charAt(i);
            boolean dropped = c == '\t' || c == '\n' || c == '\r';
            if (dropped && out == null) {
                out = new StringBuilder(end - start).append(url, start, i);
            } else if (!dropped && out != null) {
                out.append(c);
            }
        }
        return out != null ? out.toString() : url.substring(start, end);
    }

    /** True for relative, http(s), mailto and tel URLs; never {@code javascript:}, {@code data:} or {@code vbscript:}. */
    public static boolean isSafe(String url) {
        String scheme = scheme(asBrowserReads(url));
        return scheme.isEmpty() || ALLOWED_SCHEMES.contains(scheme);
    }

    /** The scheme of an already cleaned URL, lower-case and without the colon; empty for a relative URL. */
    static String scheme(String url) {
        if (url.isEmpty() || !isAsciiLetter(url.charAt(0))) {
            return "";
        }
        for (int i = 1; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return url.substring(0, i).toLowerCase(Locale.ROOT);
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return "";
            }
        }
        return "";
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
