package dev.qadocs.validate.links;

import dev.qadocs.model.Link;
import dev.qadocs.model.Page;
import dev.qadocs.model.Site;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves link targets the way the published site will: relative paths against the linking page's folder,
 * root-relative paths ({@code /guide/rag}, as Mintlify writes them) against the site root, with or without the
 * {@code .md}/{@code .mdx} extension, then against the pages and assets of the content folder.
 */
public final class LinkResolver {

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");
    private static final Set<String> OTHER_SCHEMES = Set.of("mailto", "tel", "sms", "ftp", "ftps", "sftp", "ssh",
            "git", "data", "irc", "ircs", "news", "xmpp", "file");
    private static final Set<String> PAGE_EXTENSIONS = Set.of("", "md", "mdx", "html", "htm");
    /** Characters browsers percent-encode silently but {@link URI} rejects; a link using them still works. */
    private static final String LENIENT = " \"<>\\^`{|}[]";

    private final Map<String, Page> pages = new HashMap<>();
    private final Set<String> assets;
    private final String siteRoot;

    /** @param siteRoot starts and ends with {@code /} */
    public LinkResolver(Site site, String siteRoot) {
        for (Page page : site.pages()) {
            pages.put(page.path(), page);
        }
        for (Page page : site.pages()) {
            pages.putIfAbsent(page.slug(), page);
        }
        this.assets = site.assets();
        this.siteRoot = siteRoot;
    }

    public LinkTarget resolve(Page from, Link link) {
        String written = link.target().strip();
        if (written.isEmpty()) {
            return new LinkTarget.Malformed("the link has no target");
        }
        if (written.startsWith("//")) {
            return web("https:" + written, written);
        }
        Matcher scheme = SCHEME.matcher(written);
        if (scheme.find()) {
            return withScheme(scheme.group(1).toLowerCase(Locale.ROOT), written);
        }
        int hash = written.indexOf('#');
        String path = hash < 0 ? written : written.substring(0, hash);
        String fragment = hash < 0 ? "" : written.substring(hash + 1);
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        try {
            return inSite(from, link, percentDecode(path), percentDecode(fragment));
        } catch (IllegalArgumentException e) {
            return new LinkTarget.Malformed("'" + written + "' has a broken %-escape");
        }
    }

    private LinkTarget withScheme(String scheme, String written) {
        if (WEB_SCHEMES.contains(scheme)) {
            return web(written, written);
        }
        if (OTHER_SCHEMES.contains(scheme)) {
            return written.length() > scheme.length() + 1 ? new LinkTarget.Unchecked()
                    : new LinkTarget.Malformed("'" + written + "' has nothing after the scheme");
        }
        return new LinkTarget.Malformed("'" + written + "' has an unknown scheme '" + scheme + ":'");
    }

    private static LinkTarget web(String url, String written) {
        try {
            URI uri = new URI(lenient(url));
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                return new LinkTarget.Malformed("'" + written + "' has no host name");
            }
            if (uri.getPort() > 65535) {
                return new LinkTarget.Malformed("'" + written + "' has port " + uri.getPort()
                        + ", above the highest, 65535");
            }
            return new LinkTarget.External(uri);
        } catch (URISyntaxException e) {
            return new LinkTarget.Malformed("'" + written + "' is not a valid URL: " + e.getReason());
        }
    }

    private LinkTarget inSite(Page from, Link link, String path, String fragment) {
        if (path.isEmpty()) {
            return new LinkTarget.PageTarget(from, fragment);
        }
        String resolved;
        if (path.startsWith("/")) {
            if (!(path + "/").startsWith(siteRoot)) {
                return new LinkTarget.Unchecked();
            }
            resolved = normalize("", path.substring(Math.min(siteRoot.length(), path.length())));
        } else {
            String page = from.path();
            resolved = normalize(page.substring(0, page.lastIndexOf('/') + 1), path);
        }
        if (resolved == null) {
            return new LinkTarget.Missing(path, !isPagePath(path) || link.image(),
                    "it climbs out of the content folder");
        }
        return find(resolved, fragment, link);
    }

    private LinkTarget find(String path, String fragment, Link link) {
        if (path.isEmpty()) {
            return new LinkTarget.Unchecked();
        }
        Page page = pageAt(path);
        if (page != null) {
            return new LinkTarget.PageTarget(page, fragment);
        }
        if (assets.contains(path)) {
            return new LinkTarget.Asset(path);
        }
        boolean asset = link.image() || !isPagePath(path);
        return new LinkTarget.Missing(path, asset, asset ? "there is no such file in the content folder"
                : "no page " + path + (extension(path).isEmpty() ? "(.md|.mdx)" : "") + " in the content folder");
    }

    private Page pageAt(String path) {
        Page page = pages.get(path);
        String extension = extension(path);
        if (page == null && (extension.equals("html") || extension.equals("htm"))) {
            page = pages.get(path.substring(0, path.length() - extension.length() - 1));
        }
        return page != null ? page : pages.get(path + "/index");
    }

    /** Joins and removes {@code .} and {@code ..} segments and trailing slashes; null when it leaves the folder. */
    private static String normalize(String base, String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : (base + path).split("/")) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    private static boolean isPagePath(String path) {
        return PAGE_EXTENSIONS.contains(extension(path));
    }

    private static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String lenient(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (char c : url.toCharArray()) {
            if (LENIENT.indexOf(c) >= 0) {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Like {@code URLDecoder} but for paths: {@code +} stays a plus. */
    private static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            int escape = text.indexOf('%', i);
            int end = escape < 0 ? text.length() : escape;
            bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
            if (escape < 0) {
                break;
            }
            if (escape + 2 >= text.length() || !isHex(text.charAt(escape + 1)) || !isHex(text.charAt(escape + 2))) {
                throw new IllegalArgumentException("bad %-escape at " + escape);
            }
            bytes.write(Integer.parseInt(text.substring(escape + 1, escape + 3), 16));
            i = escape + 3;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
