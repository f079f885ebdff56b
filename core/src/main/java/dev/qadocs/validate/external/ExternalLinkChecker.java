package dev.qadocs.validate.external;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Predicate;

/**
 * Fetches external URLs politely: HEAD first (cheap), GET when a server refuses HEAD; at most
 * {@code parallelism} requests in flight, at most {@code perHost} per host with a pause between them; retries
 * with doubling backoff when the answer may be temporary. Redirects are followed here, hop by hop, so every
 * host on the way is checked against {@link PrivateAddresses} like the first.
 */
public final class ExternalLinkChecker {

    private static final String USER_AGENT = "qadocs-link-check/0.1 (static site generator; link checker)";
    /** As many as browsers give up after, roughly; more means a loop. */
    private static final int MAX_REDIRECTS = 5;

    private final ExternalLinkOptions options;
    private final Predicate<InetAddress> isPrivate;
    private final HttpClient client;
    private final Map<String, Semaphore> hostSlots = new ConcurrentHashMap<>();
    private final Map<String, Long> nextStartByHost = new ConcurrentHashMap<>();

    public ExternalLinkChecker(ExternalLinkOptions options) {
        this(options, PrivateAddresses::isPrivate);
    }

    /** @param isPrivate which addresses are off limits unless {@code options} allow private hosts */
    ExternalLinkChecker(ExternalLinkOptions options, Predicate<InetAddress> isPrivate) {
        this.options = options;
        this.isPrivate = isPrivate;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
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
            URI current = url;
            for (int hop = 0; ; hop++) {
                Optional<String> refusal = options.privateHosts() ? Optional.empty()
                        : PrivateAddresses.refusal(current.getHost(), isPrivate);
                if (refusal.isPresent()) {
                    return LinkStatus.skipped(refusal.get());
                }
                Answer answer = send(current, "HEAD");
                if (answer.status() == 405 || answer.status() == 501) {
                    answer = send(current, "GET");
                }
                Optional<URI> next = answer.redirect().map(current::resolve);
                if (next.isEmpty() || hop == MAX_REDIRECTS || !followable(current, next.get())) {
                    return LinkStatus.ofHttp(answer.status());
                }
                current = next.get();
            }
        } catch (UnknownHostException e) {
            return LinkStatus.failed("host name not found");
        } catch (IllegalArgumentException e) {
            return LinkStatus.unfetchable("cannot be fetched: " + e.getMessage());
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

    /** Like browsers: to http(s) only, and never from https down to http. */
    private static boolean followable(URI from, URI to) {
        String scheme = String.valueOf(to.getScheme()).toLowerCase(Locale.ROOT);
        return (scheme.equals("https") || scheme.equals("http") && !"https".equalsIgnoreCase(from.getScheme()))
                && to.getHost() != null;
    }

    /** A status, and where a redirect points. */
    private record Answer(int status, Optional<String> redirect) {
    }

    private Answer send(URI url, String method) throws IOException, InterruptedException {
        awaitTurn(host(url));
        HttpRequest request = HttpRequest.newBuilder(url)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(options.timeout())
                .header("User-Agent", USER_AGENT)
                .build();
        // The body is never needed: close the stream at once rather than download a whole page.
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        int status = response.statusCode();
        boolean redirect = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
        return new Answer(status, redirect ? response.headers().firstValue("Location") : Optional.empty());
    }

    private static String host(URI url) {
        return String.valueOf(url.getHost()).toLowerCase(Locale.ROOT);
    }
}
