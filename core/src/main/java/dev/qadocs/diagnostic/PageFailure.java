package dev.qadocs.diagnostic;

import dev.qadocs.model.SourcePosition;

/**
 * A stage failed on one page in a way no rule foresaw: a stack overflow on absurdly deep or long input, or a bug.
 * Thrown so the pipeline can report it on that page's file, like any other finding, instead of a stack trace.
 */
public final class PageFailure extends RuntimeException {

    public static final RuleDescriptor RULE = RuleDescriptor.error("unprocessable",
            "A page could not be processed: it nests too deeply or a stage failed on it.");

    private final String file;
    private final String stage;

    public PageFailure(String file, String stage, Throwable cause) {
        super(stage + " failed on " + file + ": " + describe(cause), cause);
        this.file = file;
        this.stage = stage;
    }

    public String file() {
        return file;
    }

    public Diagnostic diagnostic() {
        return diagnostic(file, stage, getCause());
    }

    /** The finding for {@code cause} thrown while {@code stage} worked on {@code file}. */
    public static Diagnostic diagnostic(String file, String stage, Throwable cause) {
        return Diagnostic.error(SourcePosition.of(file, 1), RULE.id(),
                "qadocs could not " + stage + " this page: " + describe(cause));
    }

    private static String describe(Throwable cause) {
        if (cause instanceof StackOverflowError) {
            return "it nests too deeply, or holds a construct too long to process (stack overflow)";
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message)
                + " (please report this as a qadocs bug)";
    }
}
