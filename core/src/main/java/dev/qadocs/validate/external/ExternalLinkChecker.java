package dev.qadocs.validate.external;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Fetches external URLs politely: HEAD first (cheap), GET when a server refuses HEAD; at most
 * {@code parallelism} requests in flight, at most {@code perHost} per host with a pause between them; retries
 * with doubling backoff when the answer may be temporary.
 */
public final class ExternalLinkChecker {

    private static final String USER_AGENT = "qadocs-link-check/0.1 (static site generator; link checker)";

    private final ExternalLinkOptions options;
    private final HttpClient client;
    private final Map<String, Semaphore> hostSlots = new ConcurrentHashMap<>();
    private final Map<String, Long> nextStartByHost = new ConcurrentHashMap<>();

    public ExternalLinkChecker(ExternalLinkOptions options) {
        this.options = options;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(options.timeout())
                .build();
    }

    /** Checks each URL once; the result has the URLs in the order given. */
    public Map<URI, LinkStatus> check(Collection<URI> urls) {
        Map<URI, LinkStatus> results = new LinkedHashMap<>();
        if (urls.isEmpty()) {
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.parallelism(), urls.size()), r -> {
            Thread thread = new Thread(r, "qadocs-link-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<URI, Future<LinkStatus>> pending = new LinkedHashMap<>();
            for (URI url : interleavedByHost(urls)) {
                pending.put(url, pool.submit(() -> checkPolitely(url)));
            }
            for (URI url : urls) {
                results.put(url, pending.get(url).get());
            }
            return results;
        } catch (ExecutionException e) {
            throw new IllegalStateException("link check failed unexpectedly", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Queues one URL of each host in turn, so the pool's threads are not all parked on one busy host. */
    private static List<URI> interleavedByHost(Collection<URI> urls) {
        Map<String, Deque<URI>> byHost = new LinkedHashMap<>();
        for (URI url : urls) {
            byHost.computeIfAbsent(host(url), h -> new ArrayDeque<>()).add(url);
        }
        List<URI> order = new ArrayList<>(urls.size());
        while (order.size() < urls.size()) {
            for (Deque<URI> queue : byHost.values()) {
                if (!queue.isEmpty()) {
                    order.add(queue.poll());
                }
            }
        }
        return order;
    }

    private LinkStatus checkPolitely(URI url) throws InterruptedException {
        Semaphore slots = hostSlots.computeIfAbsent(host(url), h -> new Semaphore(options.perHost()));
        slots.acquire();
        try {
            return withRetries(url);
        } finally {
            slots.release();
        }
    }

    private LinkStatus withRetries(URI url) throws InterruptedException {
        Duration backoff = options.backoff();
        LinkStatus status = attempt(url);
        for (int retry = 1; retry <= options.retries() && status.retryable(); retry++) {
            Thread.sleep(backoff.toMillis());
            backoff = backoff.multipliedBy(2);
            status = attempt(url);
        }
        int attempts = 1 + options.retries();
        return status.retryable() && options.retries() > 0
                ? new LinkStatus(false, status.status(), status.detail() + " (" + attempts + " attempts)", true)
                : status;
    }

    private LinkStatus attempt(URI url) throws InterruptedException {
        try {
            int status = send(url, "HEAD");
            if (status == 405 || status == 501) {
                status = send(url, "GET");
            }
            return LinkStatus.ofHttp(status);
        } catch (HttpTimeoutException e) {
            return LinkStatus.failed("no answer within " + options.timeout().toMillis() + " ms");
        } catch (ConnectException e) {
            return LinkStatus.failed("connection refused or host unreachable");
        } catch (IOException e) {
            return LinkStatus.failed(e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** Spaces the starts of requests to one host by {@code hostDelay}, whichever thread sends them. */
    private void awaitTurn(String host) throws InterruptedException {
        long now = System.nanoTime();
        long delay = options.hostDelay().toNanos();
        long start = nextStartByHost.merge(host, now + delay, (next, unused) -> Math.max(now, next) + delay) - delay;
        long wait = start - now;
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    private int send(URI url, String method) throws IOException, InterruptedException {
        awaitTurn(host(url));
        HttpRequest request = HttpRequest.newBuilder(url)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(options.timeout())
                .header("User-Agent", USER_AGENT)
                .build();
        // The body is never needed: close the stream at once rather than download a whole page.
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode();
    }

    private static String host(URI url) {
        return String.valueOf(url.getHost()).toLowerCase(java.util.Locale.ROOT);
    }
}
