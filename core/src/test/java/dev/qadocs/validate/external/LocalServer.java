package dev.qadocs.validate.external;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server with one path per behaviour a link checker meets: {@code /ok}, {@code /moved} (301 to
 * /ok), {@code /missing} (404), {@code /error} (500), {@code /slow} (answers after 2 s), {@code /no-head} (405 on
 * HEAD), {@code /flaky} (503 once, then 200), {@code /busy/…} (200 after 150 ms). It counts requests per path and
 * the most requests it ever served at once.
 */
final class LocalServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<Long> startNanos = new CopyOnWriteArrayList<>();
    private final Set<HttpExchange> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** A URL on a port nothing listens on. */
    static String refusedUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/";
        }
    }

    int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    int totalHits() {
        return hits.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    List<Long> startNanos() {
        return startNanos;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        int count = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        startNanos.add(System.nanoTime());
        inFlight.add(exchange);
        maxInFlight.accumulateAndGet(inFlight.size(), Math::max);
        try {
            respond(exchange, path, count);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            leave(exchange);
            exchange.close();
        }
    }

    /**
     * A request stops counting as in flight before its answer leaves: the client may start its next request the
     * moment it reads this one's answer, before this handler's thread gets to run again.
     */
    private void leave(HttpExchange exchange) {
        inFlight.remove(exchange);
    }

    private void respond(HttpExchange exchange, String path, int count)
            throws IOException, InterruptedException {
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (path.startsWith("/busy/")) {
            Thread.sleep(150);
            send(exchange, 200, head);
            return;
        }
        switch (path) {
            case "/ok" -> send(exchange, 200, head);
            case "/moved" -> {
                exchange.getResponseHeaders().add("Location", "/ok");
                send(exchange, 301, head);
            }
            case "/to-private" -> {
                exchange.getResponseHeaders().add("Location",
                        "http://127.0.0.2:" + server.getAddress().getPort() + "/ok");
                send(exchange, 302, head);
            }
            case "/loop" -> {
                exchange.getResponseHeaders().add("Location", "/loop");
                send(exchange, 302, head);
            }
            case "/missing" -> send(exchange, 404, head);
            case "/error" -> send(exchange, 500, head);
            case "/slow" -> {
                Thread.sleep(2_000);
                send(exchange, 200, head);
            }
            case "/no-head" -> send(exchange, head ? 405 : 200, head);
            case "/flaky" -> send(exchange, count == 1 ? 503 : 200, head);
            default -> send(exchange, 404, head);
        }
    }

    private void send(HttpExchange exchange, int status, boolean head) throws IOException {
        leave(exchange);
        byte[] body = ("status " + status).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
