package dev.qadocs.batch;

/** Where a run's lines go: Maven's log when it runs inside Maven, standard output in a JVM of its own. */
@FunctionalInterface
public interface Console {

    /** The levels of Maven's log, which every line is shown at in the end. */
    enum Level { DEBUG, INFO, WARN, ERROR }

    void print(Level level, String line);
}
