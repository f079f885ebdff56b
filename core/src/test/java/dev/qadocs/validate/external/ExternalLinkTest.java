package dev.qadocs.validate.external;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.model.Page;
import dev.qadocs.model.Site;
import dev.qadocs.validate.PageBuilder;
import dev.qadocs.validate.RuleRegistry;
import dev.qadocs.validate.Validation;
import dev.qadocs.validate.ValidationConfig;
import dev.qadocs.validate.Validator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static dev.qadocs.validate.PageBuilder.page;
import static org.assertj.core.api.Assertions.assertThat;

/** The online check against a server on loopback: never a real host. */
class ExternalLinkTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private LocalServer server;

    @BeforeEach
    void start() throws Exception {
        server = new LocalServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static ExternalLinkOptions fast() {
        return new ExternalLinkOptions(true, false, Duration.ofMillis(300), 8, 2, Duration.ZERO, 2,
                Duration.ofMillis(10), Optional.empty(), Duration.ofHours(24), true);
    }

    private static List<Diagnostic> check(Site site, ExternalLinkOptions options, Clock clock) {
        RuleRegistry registry = new RuleRegistry(List.of(new ExternalLink("/", options, clock)));
        return new Validator(ValidationConfig.defaults().withExternalLinks(options), registry).validate(site);
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private Site linking(String... paths) {
        PageBuilder p = page("links.md").title("Links").category(3, "C").answered(5, 1, "Q");
        for (int i = 0; i < paths.length; i++) {
            p.link(9 + i, 3, paths[i].startsWith("http") ? paths[i] : server.url(paths[i]));
        }
        return PageBuilder.site(p.build());
    }

    @Test
    void reportsEachDeadLinkAtItsPositionAndPassesLiveOnes() throws Exception {
        Site site = linking("/ok", "/moved", "/missing", "/error", "/slow", LocalServer.refusedUrl(), "/no-head",
                "/ok#section");

        List<Diagnostic> found = check(site, fast(), at(NOW));

        assertThat(found).extracting(Validation::located).containsExactly(
                "links.md:11:3 external-link", "links.md:12:3 external-link", "links.md:13:3 external-link",
                "links.md:14:3 external-link");
        assertThat(found).allMatch(d -> !d.isError());
        assertThat(found.get(0).message()).endsWith("/missing: HTTP 404");
        assertThat(found.get(1).message()).endsWith("/error: HTTP 500 (3 attempts)");
        assertThat(found.get(2).message()).endsWith("/slow: no answer within 300 ms (3 attempts)");
        assertThat(found.get(3).message()).endsWith(": connection refused or host unreachable (3 attempts)");
    }

    @Test
    void loopbackTargetsAreNotFetchedUnlessAskedFor() {
        Site site = linking("/ok", "/missing", "/error");

        List<Diagnostic> found = check(site, fast().withPrivateHosts(false), at(NOW));

        assertThat(found).isEmpty();
        assertThat(server.totalHits()).isZero();
    }

    @Test
    void everyRedirectHopIsCheckedLikeTheFirstAndLoopsEnd() {
        // 127.0.0.1 stands for a public host here, 127.0.0.2 for a private one: the test never leaves loopback.
        ExternalLinkChecker checker = new ExternalLinkChecker(fast().withPrivateHosts(false),
                address -> address.getHostAddress().equals("127.0.0.2"));
        URI toPrivate = URI.create(server.url("/to-private"));
        URI loop = URI.create(server.url("/loop"));

        Map<URI, LinkStatus> verdicts = checker.check(List.of(toPrivate, loop));

        assertThat(verdicts.get(toPrivate).ok()).isTrue();
        assertThat(verdicts.get(toPrivate).detail()).contains("127.0.0.2").contains("not fetched");
        assertThat(server.hits("/ok")).isZero();
        assertThat(verdicts.get(loop).status()).isEqualTo(302);
        // Five redirects followed, then the verdict (the client may resend one request on a dropped connection).
        assertThat(server.hits("/loop")).isBetween(6, 7);
    }

    @Test
    void aPortOutOfRangeIsAVerdictNotACrash() {
        URI badPort = URI.create("http://127.0.0.1:65536/");

        LinkStatus verdict = new ExternalLinkChecker(fast()).check(List.of(badPort)).get(badPort);

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.retryable()).isFalse();
    }

    @Test
    void headFirstThenGetWhenHeadIsRefusedAndOneRequestPerUrl() {
        check(linking("/ok", "/ok#a", "/ok#b", "/no-head", "/moved"), fast(), at(NOW));

        assertThat(server.hits("/ok")).isEqualTo(2); // once for /ok, once as the target of /moved
        assertThat(server.hits("/no-head")).isEqualTo(2);
        assertThat(server.hits("/moved")).isEqualTo(1);
    }

    @Test
    void retriesTemporaryFailuresWithBackoffButNotDefiniteOnes() {
        List<Diagnostic> found = check(linking("/flaky", "/error", "/missing"), fast(), at(NOW));

        assertThat(found).extracting(Validation::located)
                .containsExactly("links.md:10:3 external-link", "links.md:11:3 external-link");
        assertThat(server.hits("/flaky")).isEqualTo(2);
        assertThat(server.hits("/error")).isEqualTo(3);
        assertThat(server.hits("/missing")).isEqualTo(1);
    }

    @Test
    void neverSendsMoreThanTheHostLimitAtOnceAndSpacesRequests() {
        String[] busy = IntStream.range(0, 6).mapToObj(i -> "/busy/" + i).toArray(String[]::new);
        ExternalLinkOptions twoAtOnce = fast();
        ExternalLinkOptions oneEvery100ms = new ExternalLinkOptions(true, false, Duration.ofSeconds(2), 8, 1,
                Duration.ofMillis(100), 0, Duration.ZERO, Optional.empty(), Duration.ofHours(24), true);

        check(linking(busy), twoAtOnce, at(NOW));
        assertThat(server.maxInFlight()).isEqualTo(2);

        server.startNanos().clear();
        check(linking("/ok", "/missing", "/no-head"), oneEvery100ms, at(NOW));
        List<Long> starts = server.startNanos();
        assertThat(starts).hasSize(4);
        // Measured where the server receives them, where one request's connection set-up can delay it past the
        // next: so the whole span, which unspaced is ~15 ms and spaced 300 ms, with room for that jitter.
        assertThat(starts.get(3) - starts.get(0)).isGreaterThanOrEqualTo(Duration.ofMillis(180).toNanos());
    }

    @Test
    void freshCachedVerdictsAreReusedAndStaleOnesFetchedAgain(@TempDir Path dir) {
        ExternalLinkOptions cached = fast().withCache(dir.resolve("links.json"), Duration.ofHours(24));
        Site site = linking("/ok", "/missing", "/error");

        check(site, cached, at(NOW));
        int first = server.totalHits();
        List<Diagnostic> again = check(site, cached, at(NOW.plus(Duration.ofHours(23))));

        assertThat(again).extracting(Validation::located)
                .containsExactly("links.md:10:3 external-link", "links.md:11:3 external-link");
        assertThat(server.totalHits() - first).isEqualTo(3); // only /error, which is never cached, thrice
        check(site, cached, at(NOW.plus(Duration.ofHours(25))));
        assertThat(server.hits("/ok")).isEqualTo(2);
        assertThat(server.hits("/missing")).isEqualTo(2);
    }

    @Test
    void offlineUsesOnlyTheCacheAndNeverTheNetwork(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("links.json");
        Site site = linking("/missing", "/ok");
        check(linking("/missing"), fast().withCache(file, Duration.ofHours(24)), at(NOW));
        int before = server.totalHits();

        List<Diagnostic> found = check(site, fast().withCache(file, Duration.ofHours(24)).withOffline(true),
                at(NOW.plus(Duration.ofHours(1))));

        assertThat(found).extracting(Validation::located).containsExactly("links.md:9:3 external-link");
        assertThat(server.totalHits()).isEqualTo(before);
        assertThat(Files.readString(file)).contains(server.url("/missing")).doesNotContain(server.url("/ok"));
    }

    @Test
    void offByDefault() {
        Site site = linking("/missing");

        assertThat(new Validator(ValidationConfig.defaults()).validate(site)).isEmpty();
        assertThat(server.totalHits()).isZero();
    }

    @Test
    void aCorruptCacheIsIgnored(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("links.json");
        Files.writeString(file, "{ not json");

        LinkCache cache = LinkCache.load(Optional.of(file), at(NOW), Duration.ofHours(1));
        cache.put("https://example.org/", LinkStatus.ofHttp(200));
        cache.save();

        assertThat(LinkCache.load(Optional.of(file), at(NOW), Duration.ofHours(1)).fresh("https://example.org/"))
                .contains(new LinkStatus(true, 200, "", false));
    }
}
