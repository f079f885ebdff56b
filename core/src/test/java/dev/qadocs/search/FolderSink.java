package dev.qadocs.search;

import dev.qadocs.write.OutputSink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes output files straight into a folder, for tests that open them from Node or a browser. */
record FolderSink(Path root) implements OutputSink {

    @Override
    public void write(String path, byte[] content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
