package dev.qadocs.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * Writes a new site beside the old one and swaps it in only on {@link #commit()}, so a failed or killed build
 * leaves the previous site complete. The output folder carries a marker file: a folder without it that is not
 * empty was not made by qadocs, and is never replaced or deleted.
 *
 * <p>The staging folder's marker stays locked while the build runs. A build killed half-way cannot clean up
 * after itself, so the next build removes staging folders whose lock nobody holds any more; the lock, not the
 * folder's age, tells a dead build from one still running beside us.
 */
public final class StagedOutput implements OutputSink, AutoCloseable {

    /** Present in every folder qadocs writes; its absence protects folders that belong to someone else. */
    public static final String MARKER = ".qadocs-output";

    private static final String MARKER_TEXT = "This folder is written by qadocs and replaced on every build.\n";

    private final Path target;
    private final Path staging;
    private final FileChannel markerChannel;
    private final FileLock lock;
    /**
     * Length and CRC-32 of every file written. Writing one path twice with the same bytes is harmless; with
     * different bytes, the result would depend on which thread came last, so it is an error.
     */
    private final Map<String, Long> written = new ConcurrentHashMap<>();
    private boolean committed;

    private StagedOutput(Path target, Path staging, FileChannel markerChannel, FileLock lock) {
        this.target = target;
        this.staging = staging;
        this.markerChannel = markerChannel;
        this.lock = lock;
    }

    public static StagedOutput open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        requireOurs(absolute);
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        removeAbandonedStaging(absolute);
        Path staging = Files.createTempDirectory(parent, stagingPrefix(absolute));
        FileChannel channel = FileChannel.open(staging.resolve(MARKER), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        channel.write(java.nio.ByteBuffer.wrap(MARKER_TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return new StagedOutput(absolute, staging, channel, channel.lock());
    }

    /** Throws unless {@code dir} is absent, empty, or carries our marker. */
    public static void requireOurs(Path dir) throws IOException {
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !isOurs(dir)) {
            throw new IOException(dir + " exists, is not empty and was not written by qadocs; choose another output folder");
        }
    }

    private static boolean isOurs(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    /** The name every staging folder of {@code target} starts with; the next build sweeps up abandoned ones. */
    static String stagingPrefix(Path target) {
        return "." + target.getFileName() + ".staging-";
    }

    private static String oldPrefix(Path target) {
        return "." + target.getFileName() + ".old-";
    }

    private static void removeAbandonedStaging(Path target) throws IOException {
        DirectoryStream.Filter<Path> leftovers = p -> p.getFileName().toString().startsWith(stagingPrefix(target))
                || p.getFileName().toString().startsWith(oldPrefix(target));
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(), leftovers)) {
            for (Path sibling : siblings) {
                if (isOurs(sibling) && !lockedByLiveBuild(sibling.resolve(MARKER))) {
                    FileTrees.delete(sibling);
                }
            }
        }
    }

    private static boolean lockedByLiveBuild(Path marker) throws IOException {
        try (FileChannel channel = FileChannel.open(marker, StandardOpenOption.WRITE);
             FileLock probe = channel.tryLock()) {
            return probe == null;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    @Override
    public void write(String path, byte[] content) {
        Path file = resolve(staging, path);
        Long previous = written.putIfAbsent(file.toString(), fingerprint(content));
        if (previous != null) {
            if (previous == fingerprint(content)) {
                return;
            }
            throw new OutputCollisionException(staging.relativize(file).toString().replace('\\', '/'));
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long fingerprint(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return ((long) content.length << 32) | crc.getValue();
    }

    /** The file {@code path} names inside {@code root}; a path that would leave {@code root} is a bug in a stage. */
    static Path resolve(Path root, String path) {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || file.equals(root) || file.getFileName().toString().equals(MARKER)) {
            throw new IllegalArgumentException("output path escapes the site folder: " + path);
        }
        return file;
    }

    /**
     * Replaces the old site with the staged one. Two renames: the old folder steps aside, the new one takes
     * its name; only then is the old one deleted. A crash in between leaves either the old or the new site,
     * and the next build sweeps up the leftover.
     */
    public void commit() throws IOException {
        requireOurs(target);
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            old = Files.createTempDirectory(target.getParent(), oldPrefix(target));
            Files.delete(old);
            FileTrees.move(target, old);
        }
        try {
            swapIn();
        } catch (IOException e) {
            if (old != null) {
                FileTrees.move(old, target);
            }
            throw e;
        }
        committed = true;
        release();
        if (old != null) {
            FileTrees.delete(old);
        }
    }

    private void swapIn() throws IOException {
        try {
            FileTrees.move(staging, target);
        } catch (IOException e) {
            // Windows will not rename a folder holding an open file. Elsewhere the lock stays held across the
            // rename, so no other build can mistake our staging folder for an abandoned one.
            release();
            FileTrees.move(staging, target);
        }
    }

    private void release() throws IOException {
        if (markerChannel.isOpen()) {
            lock.release();
            markerChannel.close();
        }
    }

    /** Drops the staging folder of a build that did not commit. */
    @Override
    public void close() throws IOException {
        release();
        if (!committed) {
            FileTrees.delete(staging);
        }
    }
}
