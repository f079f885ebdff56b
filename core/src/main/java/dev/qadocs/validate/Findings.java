package dev.qadocs.validate;

import dev.qadocs.model.SourcePosition;

/** Where a rule reports what it found; the rule id and severity are added by the validator. */
@FunctionalInterface
public interface Findings {

    void report(SourcePosition at, String message);
}
