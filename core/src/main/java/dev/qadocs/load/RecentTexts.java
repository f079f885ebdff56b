package dev.qadocs.load;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The decoded texts of files loaded before, trusted while a file keeps its size and modification time: the
 * preview loads the whole folder on every save, and reading and decoding files that did not change was the
 * largest part of loading a large site. Like Git's racy-clean check, a file modified too recently is not
 * remembered: a second write within the file system's timestamp granularity could keep both size and time.
 */
final class RecentTexts {

    /** Coarser than any common file system's timestamps (FAT keeps two seconds). */
    private static final Duration SETTLED = Duration.ofSeconds(3);

    private final Map<Path, Remembered> byFile = new ConcurrentHashMap<>();

    private record Remembered(long size, FileTime modified, String text) {
    }

    Optional<String> get(Path file, BasicFileAttributes attributes) {
        Remembered remembered = byFile.get(file);
        return remembered != null && remembered.size() == attributes.size()
                && remembered.modified().equals(attributes.lastModifiedTime())
                ? Optional.of(remembered.text()) : Optional.empty();
    }

    void put(Path file, BasicFileAttributes attributes, String text, Instant now) {
        if (attributes.lastModifiedTime().toInstant().isBefore(now.minus(SETTLED))) {
            byFile.put(file, new Remembered(attributes.size(), attributes.lastModifiedTime(), text));
        } else {
            byFile.remove(file);
        }
    }

    /** Forgets files that are gone, so deleted pages are not kept for the rest of the session. */
    void retain(Collection<Path> files) {
        byFile.keySet().retainAll(files);
    }
}
