package dev.qadocs.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-sent events to every open page: one {@code state} event on connect and after each rebuild. The handler
 * returns at once and keeps the exchange, so an open tab holds a socket, not a server thread. Browsers reconnect
 * on their own when the stream drops, and a reconnect after a restart finds a new generation and reloads.
 */
final class ReloadChannel implements HttpHandler, AutoCloseable {

    static final String PATH = "/__qadocs/events";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] HEARTBEAT = ": still here\n\n".getBytes(StandardCharsets.UTF_8);

    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private volatile PreviewState state;

    ReloadChannel(PreviewState initial) {
        this.state = initial;
    }

    PreviewState state() {
        return state;
    }

    int clientCount() {
        return clients.size();
    }

    void publish(PreviewState next) {
        state = next;
        byte[] event = encode(next);
        clients.forEach(client -> client.send(event));
    }

    /** Writes a comment line to every client: the only way to notice a tab that closed without saying so. */
    void heartbeat() {
        clients.forEach(client -> client.send(HEARTBEAT));
    }

    /**
     * A page of another site may open this stream too (EventSource is not bound by the same-origin policy) and
     * learn when the author saves and what their diagnostics say; browsers name the page's origin, so only
     * the preview's own pages are answered.
     */
    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (origin != null && !origin.equalsIgnoreCase("http://" + host)) {
            try (exchange) {
                StaticFiles.send(exchange, 403, "Only the preview's own pages may listen here\n"
                        .getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (exchange.getRequestMethod().equals("HEAD")) {
            try (exchange) {
                exchange.sendResponseHeaders(200, -1);
            }
            return;
        }
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(exchange);
        clients.add(client);
        client.send(encode(state));
    }

    private static byte[] encode(PreviewState state) {
        try {
            return ("event: state\ndata: " + JSON.writeValueAsString(state) + "\n\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        clients.forEach(Client::close);
    }

    /**
     * One open tab. Events go through a short queue to a thread of the client's own, so a tab that stops reading
     * (a suspended laptop, a stalled proxy) blocks only that thread; when its queue is full it is dropped, and
     * its browser reconnects by itself if it was only slow.
     */
    private final class Client {

        /** Events a client may fall behind by; a state event makes the ones before it moot anyway. */
        private static final int BACKLOG = 8;

        private final HttpExchange exchange;
        private final OutputStream body;
        private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(BACKLOG);
        private final Thread sender;

        Client(HttpExchange exchange) {
            this.exchange = exchange;
            this.body = exchange.getResponseBody();
            this.sender = new Thread(this::sendQueued, "qadocs-reload-client");
            sender.setDaemon(true);
            sender.start();
        }

        /** Never blocks. */
        void send(byte[] event) {
            if (!queue.offer(event)) {
                close();
            }
        }

        private void sendQueued() {
            try {
                while (true) {
                    byte[] event = queue.take();
                    body.write(event);
                    body.flush();
                }
            } catch (IOException | InterruptedException e) {
                close();
            }
        }

        void close() {
            if (clients.remove(this)) {
                sender.interrupt();
                // Closing may wait for the stalled write; that is the sender's thread, not the caller's.
                Thread closer = new Thread(exchange::close, "qadocs-reload-close");
                closer.setDaemon(true);
                closer.start();
            }
        }
    }
}
