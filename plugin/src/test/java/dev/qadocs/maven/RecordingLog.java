package dev.qadocs.maven;

import org.apache.maven.plugin.logging.SystemStreamLog;

import java.util.ArrayList;
import java.util.List;

/**
 * A Maven log that also keeps what a goal printed, as {@code level: message} lines, for assertions; debug lines
 * too, which it keeps without printing them.
 */
final class RecordingLog extends SystemStreamLog {

    private final List<String> lines = new ArrayList<>();

    List<String> lines() {
        return lines;
    }

    @Override
    public boolean isDebugEnabled() {
        return true;
    }

    @Override
    public void debug(CharSequence content) {
        lines.add("debug: " + content);
    }

    @Override
    public void info(CharSequence content) {
        lines.add("info: " + content);
        super.info(content);
    }

    @Override
    public void warn(CharSequence content) {
        lines.add("warn: " + content);
        super.warn(content);
    }

    @Override
    public void error(CharSequence content) {
        lines.add("error: " + content);
        super.error(content);
    }
}
