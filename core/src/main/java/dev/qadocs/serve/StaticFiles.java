package dev.qadocs.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Serves the built site the way a static host would (content types, {@code index.html} for folders, the site's
 * {@code 404.html}), plus one addition: HTML goes out with the live-reload script tag. The tag is added to the
 * response only; the files on disk stay exactly what {@code qadocs:build} would publish.
 */
final class StaticFiles implements HttpHandler {

    private final SiteFolder site;
    private final Supplier<String> generation;

    StaticFiles(SiteFolder site, Supplier<String> generation) {
        this.site = site;
        this.generation = generation;
    }

    /** Only GET and HEAD get here: {@link RequestMethods} answers the rest. */
    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            SiteFolder.Lookup found = site.lookup(exchange.getRequestURI().getPath());
            switch (found.outcome()) {
                case FOUND -> sendFile(exchange, 200, found.file());
                case REDIRECT -> redirectToFolder(exchange);
                case FORBIDDEN -> sendText(exchange, 403, "Forbidden");
                case NOT_FOUND -> sendNotFound(exchange);
            }
        }
    }

    private void sendNotFound(HttpExchange exchange) throws IOException {
        SiteFolder.Lookup page = site.notFoundPage();
        if (page.file() != null) {
            sendFile(exchange, 404, page.file());
        } else {
            // Still HTML with the script: before the first good build there is no 404.html, and this page
            // is where the author sees why and gets reloaded once the site builds.
            sendHtml(exchange, 404, "<!doctype html><title>Not found</title><p>Not found</p>");
        }
    }

    private static void redirectToFolder(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        exchange.getResponseHeaders().set("Location",
                exchange.getRequestURI().getRawPath() + "/" + (query == null ? "" : "?" + query));
        exchange.sendResponseHeaders(302, -1);
    }

    private void sendFile(HttpExchange exchange, int status, Path file) throws IOException {
        String name = file.getFileName().toString();
        exchange.getResponseHeaders().set("Content-Type", ContentTypes.of(name));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (ContentTypes.isHtml(name)) {
            // The generation is read before the file: a rebuild in between then costs one extra reload,
            // where the other order could pair a stale page with the new generation and never reload it.
            String tag = LiveReloadScript.tag(generation.get());
            send(exchange, status, LiveReloadScript.inject(Files.readString(file), tag).getBytes(StandardCharsets.UTF_8));
        } else if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, Files.size(file));
            try (OutputStream body = exchange.getResponseBody()) {
                Files.copy(file, body);
            }
        }
    }

    private void sendHtml(HttpExchange exchange, int status, String html) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", ContentTypes.of("page.html"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, LiveReloadScript.inject(html, LiveReloadScript.tag(generation.get()))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        send(exchange, status, (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
