package dev.qadocs.diagnostic;

import dev.qadocs.model.SourcePosition;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

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

    /** Hands each diagnostic's line to {@code errors} or {@code warnings}, so every console shows them alike. */
    public static void print(List<Diagnostic> diagnostics, Consumer<String> errors, Consumer<String> warnings) {
        for (Diagnostic d : diagnostics) {
            (d.isError() ? errors : warnings).accept(d.toString());
        }
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
