package dev.qadocs.validate.rule;

import dev.qadocs.model.SourcePosition;

/** Where a rule reports what it found; the rule id and severity are added by whoever runs the rule. */
@FunctionalInterface
public interface Findings {

    void report(SourcePosition at, String message);
}
