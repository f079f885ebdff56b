package dev.qadocs.serve;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what the preview would print, prefixed with its level, for tests to read. */
final class RecordingConsole implements PreviewServer.Console {

    final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void info(String line) {
        lines.add("info: " + line);
    }

    @Override
    public void warn(String line) {
        lines.add("warn: " + line);
    }

    @Override
    public void error(String line) {
        lines.add("error: " + line);
    }
}
