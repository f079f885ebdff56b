package dev.qadocs.diagnostic;

import java.util.List;

/** The one-line count every goal prints: {@code 1 error, 3 warnings in 42 pages}. */
public record Tally(long errors, long warnings, int pages) {

    public static Tally of(List<Diagnostic> diagnostics, int pages) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        return new Tally(errors, diagnostics.size() - errors, pages);
    }

    @Override
    public String toString() {
        return count(errors, "error") + ", " + count(warnings, "warning") + " in " + count(pages, "page");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
