package dev.qadocs.validate.external;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Verdicts of earlier runs, so CI does not fetch every external URL on every push. Only definite verdicts are
 * kept (2xx, 4xx): a 503 or a timeout says little about tomorrow. The file is a cache, not data: one that
 * cannot be read is ignored and rewritten.
 */
public final class LinkCache {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Optional<Path> file;
    private final Clock clock;
    private final Duration maxAge;
    private final Map<String, Entry> entries;

    /** One cached verdict; {@code checked} is an ISO-8601 instant. */
    public record Entry(int status, boolean ok, String detail, String checked) {
    }

    private LinkCache(Optional<Path> file, Clock clock, Duration maxAge, Map<String, Entry> entries) {
        this.file = file;
        this.clock = clock;
        this.maxAge = maxAge;
        this.entries = new TreeMap<>(entries);
    }

    public static LinkCache load(Optional<Path> file, Clock clock, Duration maxAge) {
        return new LinkCache(file, clock, maxAge, file.filter(Files::isRegularFile).map(LinkCache::read)
                .orElse(Map.of()));
    }

    private static Map<String, Entry> read(Path file) {
        try {
            return JSON.readValue(file.toFile(), new TypeReference<TreeMap<String, Entry>>() { });
        } catch (IOException e) {
            return Map.of();
        }
    }

    /** The cached verdict for {@code url}, if it is younger than the maximum age. */
    public synchronized Optional<LinkStatus> fresh(String url) {
        Entry entry = entries.get(url);
        if (entry == null || !isFresh(entry)) {
            return Optional.empty();
        }
        return Optional.of(new LinkStatus(entry.ok(), entry.status(), entry.detail(), false));
    }

    private boolean isFresh(Entry entry) {
        try {
            return Instant.parse(entry.checked()).plus(maxAge).isAfter(clock.instant());
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Remembers a verdict unless it is transient. */
    public synchronized void put(String url, LinkStatus status) {
        if (!status.retryable()) {
            entries.put(url, new Entry(status.status(), status.ok(), status.detail(), clock.instant().toString()));
        }
    }

    /**
     * Writes the cache, sorted by URL, through a temporary file so a killed build never leaves half a file.
     * A cache that cannot be written costs the next run some time, not correctness, so that is not an error.
     */
    public synchronized void save() {
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, target.getFileName().toString(), ".tmp");
            Files.writeString(temp, json());
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException unwritable) {
            // Deliberately ignored: see above.
        }
    }

    private String json() {
        try {
            return JSON.writeValueAsString(entries);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
