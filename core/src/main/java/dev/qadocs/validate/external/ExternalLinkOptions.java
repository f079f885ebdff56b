package dev.qadocs.validate.external;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The online check of http(s) links. Off unless asked for: it is slow, and a build should not depend on other
 * people's servers unless its author wants it to.
 *
 * @param enabled     fetch external links at all
 * @param offline     never touch the network: use fresh cached verdicts, skip the rest
 * @param timeout     per request (connect and response)
 * @param parallelism requests in flight at once, over all hosts
 * @param perHost     requests in flight at once to one host
 * @param hostDelay   pause between two requests to the same host
 * @param retries     extra attempts after a 5xx, a 429, a timeout or a connection error
 * @param backoff     wait before the first retry; doubled for each further one
 * @param cacheFile   JSON file of earlier verdicts, if any
 * @param cacheMaxAge verdicts older than this are fetched again
 * @param privateHosts also fetch links (and follow redirects) to loopback, private and link-local addresses;
 *                     off by default, since a page under review could otherwise make CI probe its own network
 */
public record ExternalLinkOptions(boolean enabled, boolean offline, Duration timeout, int parallelism, int perHost,
                                  Duration hostDelay, int retries, Duration backoff, Optional<Path> cacheFile,
                                  Duration cacheMaxAge, boolean privateHosts) {

    public ExternalLinkOptions {
        if (parallelism < 1 || perHost < 1 || retries < 0) {
            throw new IllegalArgumentException("parallelism and perHost must be at least 1, retries at least 0");
        }
    }

    public static ExternalLinkOptions off() {
        return new ExternalLinkOptions(false, false, Duration.ofSeconds(10), 8, 2, Duration.ofMillis(100), 2,
                Duration.ofMillis(500), Optional.empty(), Duration.ofHours(24), false);
    }

    public static ExternalLinkOptions on() {
        return off().withEnabled(true);
    }

    public ExternalLinkOptions withEnabled(boolean on) {
        return new ExternalLinkOptions(on, offline, timeout, parallelism, perHost, hostDelay, retries, backoff,
                cacheFile, cacheMaxAge, privateHosts);
    }

    public ExternalLinkOptions withOffline(boolean noNetwork) {
        return new ExternalLinkOptions(enabled, noNetwork, timeout, parallelism, perHost, hostDelay, retries,
                backoff, cacheFile, cacheMaxAge, privateHosts);
    }

    public ExternalLinkOptions withTimeout(Duration perRequest) {
        return new ExternalLinkOptions(enabled, offline, perRequest, parallelism, perHost, hostDelay, retries,
                backoff, cacheFile, cacheMaxAge, privateHosts);
    }

    public ExternalLinkOptions withCache(Path file, Duration maxAge) {
        return new ExternalLinkOptions(enabled, offline, timeout, parallelism, perHost, hostDelay, retries, backoff,
                Optional.of(file), maxAge, privateHosts);
    }

    public ExternalLinkOptions withPrivateHosts(boolean fetchThem) {
        return new ExternalLinkOptions(enabled, offline, timeout, parallelism, perHost, hostDelay, retries, backoff,
                cacheFile, cacheMaxAge, fetchThem);
    }
}
