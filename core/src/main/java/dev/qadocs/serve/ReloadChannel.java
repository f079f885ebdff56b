package dev.qadocs.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
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

    /** How long a write to one tab may take before that tab counts as gone. */
    static final Duration STALL_LIMIT = Duration.ofSeconds(10);

    private final Duration stallLimit;

    ReloadChannel(PreviewState initial) {
        this(initial, STALL_LIMIT);
    }

    ReloadChannel(PreviewState initial, Duration stallLimit) {
        this.state = initial;
        this.stallLimit = stallLimit;
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
     * One open tab. Events go to a thread of the client's own, so a tab that stops reading (a suspended laptop, a
     * stalled proxy) blocks only that thread. Each event says everything, so only the newest one waiting is kept:
     * a slow tab skips states rather than falling behind. A tab whose write has been stuck longer than the stall
     * limit is dropped at the next event; its browser reconnects by itself if it was only slow.
     */
    private final class Client {

        private final HttpExchange exchange;
        private final OutputStream body;
        private final Thread sender;
        private byte[] next;
        /** When the write in progress started, or 0 while none is. */
        private volatile long writingSince;

        Client(HttpExchange exchange) {
            this.exchange = exchange;
            this.body = exchange.getResponseBody();
            this.sender = new Thread(this::sendQueued, "qadocs-reload-client");
            sender.setDaemon(true);
            sender.start();
        }

        /** Never blocks on the network. */
        void send(byte[] event) {
            long since = writingSince;
            if (since != 0 && System.nanoTime() - since > stallLimit.toNanos()) {
                close();
                return;
            }
            synchronized (this) {
                // A heartbeat never replaces a state the tab has yet to see.
                if (next == null || event != HEARTBEAT) {
                    next = event;
                }
                notifyAll();
            }
        }

        private void sendQueued() {
            try {
                while (true) {
                    byte[] event;
                    synchronized (this) {
                        while (next == null) {
                            wait();
                        }
                        event = next;
                        next = null;
                    }
                    writingSince = System.nanoTime();
                    body.write(event);
                    body.flush();
                    writingSince = 0;
                }
            } catch (IOException | InterruptedException e) {
                close();
            }
        }

        void close() {
            if (clients.remove(this)) {
                // Interrupting a thread blocked in a socket write closes the socket: the stalled write ends.
                sender.interrupt();
                Thread closer = new Thread(exchange::close, "qadocs-reload-close");
                closer.setDaemon(true);
                closer.start();
            }
        }
    }
}
