package dev.qadocs.diagnostic;

import dev.qadocs.model.SourcePosition;

import java.util.Comparator;

/**
 * One finding, printed like a compiler message: {@code path:line:col: error: message [rule]}.
 * Ordered by file, line, column, then rule, so reports are stable whatever order stages ran in.
 */
public record Diagnostic(SourcePosition position, Severity severity, String message, String rule)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.position().file())
            .thenComparingInt(d -> d.position().line())
            .thenComparingInt(d -> d.position().column())
            .thenComparing(Diagnostic::rule)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(SourcePosition at, String rule, String message) {
        return new Diagnostic(at, Severity.ERROR, message, rule);
    }

    public static Diagnostic warning(SourcePosition at, String rule, String message) {
        return new Diagnostic(at, Severity.WARNING, message, rule);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return position + ": " + severity.label() + ": " + message + " [" + rule + "]";
    }
}
