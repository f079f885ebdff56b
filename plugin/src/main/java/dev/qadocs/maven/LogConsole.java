package dev.qadocs.maven;

import dev.qadocs.batch.Console;
import org.apache.maven.plugin.logging.Log;

/** A run's lines on Maven's log, each at its own level, whether the run happens in Maven's JVM or a forked one. */
record LogConsole(Log log) implements Console {

    @Override
    public void print(Level level, String line) {
        switch (level) {
            case DEBUG -> log.debug(line);
            case INFO -> log.info(line);
            case WARN -> log.warn(line);
            case ERROR -> log.error(line);
        }
    }
}
