package dev.qadocs.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The preview only reads: every path answers GET and HEAD, and 405 to anything else. */
final class RequestMethods extends Filter {

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        String method = exchange.getRequestMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            chain.doFilter(exchange);
            return;
        }
        try (exchange) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            StaticFiles.send(exchange, 405, "Method not allowed\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public String description() {
        return "GET and HEAD only";
    }
}
