package dev.qadocs.pipeline;

import dev.qadocs.diagnostic.Diagnostic;

import java.util.List;

/**
 * The build stopped and wrote nothing: the previous output is untouched. The diagnostics say why, with
 * file and line; the message is a one-line summary fit for a Maven failure; the times say how far it got.
 */
public final class PipelineFailedException extends Exception {

    private final transient List<Diagnostic> diagnostics;
    private final transient StageTimes times;

    public PipelineFailedException(String message, List<Diagnostic> diagnostics, StageTimes times) {
        super(message);
        this.diagnostics = List.copyOf(diagnostics);
        this.times = times;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public StageTimes times() {
        return times;
    }
}
