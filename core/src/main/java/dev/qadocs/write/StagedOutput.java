package dev.qadocs.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a new site beside the old one and swaps it in only on {@link #commit()}, so a failed or killed build
 * leaves the previous site complete. The output folder carries a marker file: a folder without it that is not
 * empty was not made by qadocs, and is never replaced or deleted.
 */
public final class StagedOutput implements OutputSink, AutoCloseable {

    /** Present in every folder qadocs writes; its absence protects folders that belong to someone else. */
    public static final String MARKER = ".qadocs-output";

    private final Path target;
    private final Path staging;
    private boolean committed;

    private StagedOutput(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    public static StagedOutput open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !isOurs(absolute)) {
            throw new IOException(absolute + " exists, is not empty and was not written by qadocs; choose another output folder");
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".staging-");
        Files.writeString(staging.resolve(MARKER), "This folder is written by qadocs and replaced on every build.\n");
        return new StagedOutput(absolute, staging);
    }

    private static boolean isOurs(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        if (Files.exists(dir.resolve(MARKER))) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    @Override
    public void write(String path, byte[] content) {
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("output path escapes the site folder: " + path);
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces the old site with the staged one. Two renames: the old folder steps aside, the new one takes
     * its name; only then is the old one deleted. A crash in between leaves either the old or the new site.
     */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            move(target, old);
        }
        move(staging, target);
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Drops the staging folder of a build that did not commit. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(p);
                } catch (DirectoryNotEmptyException e) {
                    throw new IOException("could not clean up " + root, e);
                }
            }
        }
    }
}
