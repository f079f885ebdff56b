package dev.qadocs.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** What the ways of writing output share: moving files and folders into place, deleting folders qadocs made. */
final class FileTrees {

    private FileTrees() {
    }

    /**
     * Renames atomically where the file system can, so a reader sees the old or the new thing and never half of
     * one; where it cannot (some network and Windows file systems), renames plainly.
     */
    static void move(Path from, Path to, CopyOption... options) throws IOException {
        CopyOption[] atomic = new CopyOption[options.length + 1];
        System.arraycopy(options, 0, atomic, 1, options.length);
        atomic[0] = StandardCopyOption.ATOMIC_MOVE;
        try {
            Files.move(from, to, atomic);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, options);
        }
    }

    /** Symbolic links inside are removed as links: their targets are never touched. */

    static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
