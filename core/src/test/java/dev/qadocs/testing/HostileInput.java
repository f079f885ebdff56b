package dev.qadocs.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The reproducers in {@code ../shared/hostile-input/}: files, and folders that are whole content folders. */
public final class HostileInput {

    private HostileInput() {
    }

    public static Path folder() {
        return Corpus.shared("hostile-input");
    }

    public static Path file(String name) {
        return folder().resolve(name);
    }

    /** Every reproducer but the folder's README, by name. */
    public static List<Path> all() throws IOException {
        try (Stream<Path> entries = Files.list(folder())) {
            return entries.filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md")).sorted().toList();
        }
    }

    /** A content folder holding the reproducer: the folder itself, or a copy of the one file. */
    public static Path asContent(Path reproducer, Path temp) throws IOException {
        if (Files.isDirectory(reproducer)) {
            return reproducer;
        }
        Path content = Files.createDirectories(temp.resolve("content"));
        Files.copy(reproducer, content.resolve(reproducer.getFileName()));
        return content;
    }
}
