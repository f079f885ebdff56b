package dev.qadocs.testing;

import dev.qadocs.write.OutputSink;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** An output sink that keeps files in memory, for asserting on what a stage wrote. */
public final class MemoryOutput implements OutputSink {

    private final SortedMap<String, byte[]> files = new TreeMap<>();

    @Override
    public synchronized void write(String path, byte[] content) {
        files.put(path, content.clone());
    }

    public synchronized SortedMap<String, byte[]> files() {
        return new TreeMap<>(files);
    }

    public synchronized String text(String path) {
        byte[] content = files.get(path);
        if (content == null) {
            throw new AssertionError("not written: " + path + "; written: " + files.keySet());
        }
        return new String(content, StandardCharsets.UTF_8);
    }

    /** Writes every file under {@code root}, for opening in a browser. */
    public synchronized void saveTo(Path root) throws java.io.IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }
}
