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

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
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

    private final class Client {

        private final HttpExchange exchange;
        private final OutputStream body;

        Client(HttpExchange exchange) {
            this.exchange = exchange;
            this.body = exchange.getResponseBody();
        }

        synchronized void send(byte[] event) {
            try {
                body.write(event);
                body.flush();
            } catch (IOException e) {
                close();
            }
        }

        void close() {
            clients.remove(this);
            exchange.close();
        }
    }
}
