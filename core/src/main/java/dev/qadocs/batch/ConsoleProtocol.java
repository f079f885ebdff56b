package dev.qadocs.batch;

import dev.qadocs.batch.Console.Level;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * What {@link BatchMain} writes on standard output for the process that started it: one line per console line,
 * {@code LEVEL text} ({@code WARN guide/rag.md:88:1: warning: …}), and before it exits the outcome's message as
 * {@code FAILED text} or {@code INVALID text}. Backslashes and line breaks in the text are escaped, so a message of
 * several lines (a YAML error) stays one protocol line and arrives whole.
 */
public final class ConsoleProtocol {

    private ConsoleProtocol() {
    }

    /** A console writing protocol lines to {@code out}; one {@code println} per line, so lines never interleave. */
    public static Console writer(PrintStream out) {
        return (level, line) -> out.println(level.name() + " " + escape(line));
    }

    /** The outcome's message, for a run that did not succeed; nothing for one that did. */
    public static void write(Outcome outcome, PrintStream out) {
        if (outcome.kind() != Outcome.Kind.DONE) {
            out.println(outcome.kind().name() + " " + escape(outcome.message()));
        }
        out.flush();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Reads a child's protocol lines, in order, handing console lines to a console and keeping the outcome's
     * message. A line that is not a protocol line (something a library printed) is shown at info as it is.
     */
    public static final class Relay {

        private final Console console;
        private String message;

        public Relay(Console console) {
            this.console = console;
        }

        public void accept(String line) {
            int space = line.indexOf(' ');
            String tag = space < 0 ? line : line.substring(0, space);
            String text = space < 0 ? "" : unescape(line.substring(space + 1));
            Optional<Level> level = Arrays.stream(Level.values()).filter(l -> l.name().equals(tag)).findFirst();
            if (level.isPresent()) {
                console.print(level.get(), text);
            } else if (tag.equals(Outcome.Kind.FAILED.name()) || tag.equals(Outcome.Kind.INVALID.name())) {
                message = text;
            } else {
                console.print(Level.INFO, line);
            }
        }

        /**
         * How the child ended, from its exit status and the message it wrote; empty when the status is none of
         * {@link Outcome.Kind}'s, or says failure without a message: the JVM stopped before qadocs could say why.
         */
        public Optional<Outcome> outcome(int exitStatus) {
            return Outcome.Kind.ofExitStatus(exitStatus)
                    .filter(kind -> kind == Outcome.Kind.DONE || message != null)
                    .map(kind -> new Outcome(kind, kind == Outcome.Kind.DONE ? "" : message));
        }
    }
}
