package dev.qadocs.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a site's {@code baseUrl} (and {@code editUrl}, which is built on the same way). The base URL becomes the
 * root of every link on {@code 404.html}, the canonical links, {@code sitemap.xml} and {@code robots.txt}, so
 * anything but a plain http(s) address would be a way into the site: {@code data:} as a script's source,
 * {@code javascript:} on a click, a newline as extra robots.txt lines.
 */
public final class BaseUrl {

    private BaseUrl() {
    }

    /** Why {@code url} cannot be a base URL, or empty when it can. */
    public static Optional<String> problem(String url) {
        return problem("baseUrl", url);
    }

    /** Why {@code url} cannot be the setting {@code key}, a URL that page paths are appended to, or empty. */
    public static Optional<String> problem(String key, String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == 0x7f) {
                return Optional.of(key + " must not contain spaces or control characters (found U+"
                        + String.format(Locale.ROOT, "%04X", (int) c) + " at position " + (i + 1) + ")");
            }
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of(key + " '" + url + "' is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(key + " must start with http:// or https://, not '" + abbreviate(url) + "'");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of(key + " '" + url + "' has no host name");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of(key + " '" + url + "' must not have a query (?) or a fragment (#): page paths are appended to it");
        }
        return Optional.empty();
    }

    private static String abbreviate(String url) {
        return url.length() <= 40 ? url : url.substring(0, 40) + "…";
    }
}
