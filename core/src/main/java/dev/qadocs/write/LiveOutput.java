package dev.qadocs.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes straight into a site that is being served, for the preview's incremental rebuilds. Staging a whole
 * copy for a one-question edit would cost more than the edit, so each file is instead written beside its final
 * name and renamed over it: a browser fetching at that moment gets the old file or the new one, never half.
 */
public final class LiveOutput implements OutputSink {

    private final Path root;

    private LiveOutput(Path root) {
        this.root = root;
    }

    /** Opens a folder a full build made; anything else may hold files that are not ours to replace. */
    public static LiveOutput open(Path root) throws IOException {
        Path absolute = root.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute.resolve(StagedOutput.MARKER))) {
            throw new IOException(absolute + " was not written by qadocs; run a full build into it first");
        }
        return new LiveOutput(absolute);
    }

    public Path root() {
        return root;
    }

    /**
     * An empty folder beside this site, for outputs that take long to make (the search index): they are
     * written there while the site keeps being served and updated, then {@link #adopt adopted} in one quick step.
     * Named like a staging folder, so the next full build sweeps it up if the preview dies first.
     */
    public LiveOutput scratch() throws IOException {
        Path scratch = Files.createTempDirectory(root.getParent(), StagedOutput.stagingPrefix(root));
        Files.writeString(scratch.resolve(StagedOutput.MARKER), "Scratch space of a qadocs preview.\n");
        return new LiveOutput(scratch);
    }

    /** Moves {@code paths} from {@code scratch} into this site, each replacing its old version, then drops the scratch. */
    public void adopt(LiveOutput scratch, Set<String> paths) throws IOException {
        for (String path : paths) {
            Path file = StagedOutput.resolve(root, path);
            Files.createDirectories(file.getParent());
            replace(StagedOutput.resolve(scratch.root, path), file);
        }
        scratch.discard();
    }

    /** Deletes this folder: for a scratch folder whose work is no longer wanted. */
    public void discard() throws IOException {
        FileTrees.delete(root);
    }

    @Override
    public void write(String path, byte[] content) {
        Path file = StagedOutput.resolve(root, path);
        try {
            Files.createDirectories(file.getParent());
            Path next = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".next");
            try {
                Files.write(next, content);
                replace(next, file);
            } finally {
                Files.deleteIfExists(next);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replace(Path from, Path to) throws IOException {
        FileTrees.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Removes one file the site no longer has. */
    public void delete(String path) throws IOException {
        Path file = StagedOutput.resolve(root, path);
        Files.deleteIfExists(file);
        removeEmptyParents(file.getParent());
    }

    /**
     * Deletes every file a complete rebuild did not write (a page that was removed, a renamed asset), then the
     * folders left empty. Only called after a rebuild that wrote the whole site, so {@code keep} is all of it.
     */
    public void retainOnly(Set<String> keep) throws IOException {
        List<Path> stale = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String path = root.relativize(file).toString().replace('\\', '/');
                if (!path.equals(StagedOutput.MARKER) && !keep.contains(path)) {
                    stale.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        for (Path file : stale) {
            Files.delete(file);
            removeEmptyParents(file.getParent());
        }
    }

    private void removeEmptyParents(Path dir) throws IOException {
        for (Path d = dir; !d.equals(root); d = d.getParent()) {
            try (var entries = Files.list(d)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(d);
        }
    }
}
