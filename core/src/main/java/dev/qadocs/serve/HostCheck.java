package dev.qadocs.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Answers a loopback-bound preview only under loopback names. Without this, any web page the author visits
 * could point its own domain at 127.0.0.1 (DNS rebinding) and read the unpublished drafts through the browser.
 */
final class HostCheck extends Filter {

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        if (isLoopbackName(exchange.getRequestHeaders().getFirst("Host"))) {
            chain.doFilter(exchange);
            return;
        }
        try (exchange) {
            byte[] body = "This preview only answers to localhost.\n".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(421, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    static boolean isLoopbackName(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String host = hostHeader.toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            return host.startsWith("[::1]");
        }
        int colon = host.indexOf(':');
        String name = colon < 0 ? host : host.substring(0, colon);
        return name.equals("localhost") || name.endsWith(".localhost") || name.startsWith("127.");
    }

    @Override
    public String description() {
        return "answers to loopback host names only";
    }
}
