package dev.qadocs.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The preview's script: served from the preview itself (no external scripts), and referenced by a tag added to
 * each HTML response. A same-origin file rather than inline code, so a theme's Content-Security-Policy that
 * forbids inline scripts does not silence the reload.
 */
final class LiveReloadScript implements HttpHandler {

    static final String PATH = "/__qadocs/live-reload.js";

    private static final String BODY_END = "</body";
    private static final byte[] SOURCE = load();

    private static byte[] load() {
        try (InputStream in = LiveReloadScript.class.getResourceAsStream("live-reload.js")) {
            if (in == null) {
                throw new IllegalStateException("live-reload.js is missing from the qadocs-core jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The generation is an opaque token the server made, never user text, but it is escaped all the same. */
    static String tag(String generation) {
        return "<script src=\"" + PATH + "\" data-events=\"" + ReloadChannel.PATH + "\" data-generation=\""
                + generation.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"></script>";
    }

    /** Puts the tag just before the last {@code </body>}, or at the end of a document that has none. */
    static String inject(String html, String tag) {
        for (int at = html.length() - BODY_END.length(); at >= 0; at--) {
            if (html.regionMatches(true, at, BODY_END, 0, BODY_END.length())) {
                return html.substring(0, at) + tag + html.substring(at);
            }
        }
        return html + tag;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", ContentTypes.of(PATH));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            StaticFiles.send(exchange, 200, SOURCE);
        }
    }
}
