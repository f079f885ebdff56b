package dev.qadocs.write;

import java.nio.charset.StandardCharsets;

/**
 * Where stages put the files of the site. Paths are relative, with {@code /}. Implementations are safe to call
 * from several threads at once (render, index and llms run in parallel) and write each file as it comes, so a
 * large site never has to sit in memory whole.
 */
public interface OutputSink {

    void write(String path, byte[] content);

    default void write(String path, String text) {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
