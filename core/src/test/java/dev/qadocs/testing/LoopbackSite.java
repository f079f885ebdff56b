package dev.qadocs.testing;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A built site served on loopback, for browser tests whose subject is kept in localStorage: Chromium keeps file://
 * storage in a way that lost a page's writes across loads at random, an http origin keeps them as any host does.
 */
public final class LoopbackSite implements AutoCloseable {

    private final HttpServer server;

    private LoopbackSite(HttpServer server) {
        this.server = server;
    }

    /** Serves the files of {@code root} as they are at each request, so a rebuild shows on the next load. */
    public static LoopbackSite serve(Path root) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
                boolean found = file.startsWith(root) && Files.isRegularFile(file);
                byte[] body = found ? Files.readAllBytes(file) : new byte[0];
                String name = file.getFileName() == null ? "" : file.getFileName().toString();
                exchange.getResponseHeaders().set("Content-Type", name.endsWith(".css") ? "text/css"
                        : name.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8");
                exchange.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return new LoopbackSite(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of {@code page}, such as {@code guide/systems.html}. */
    public String url(String page) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + page;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
