package dev.qadocs.validate;

import dev.qadocs.diagnostic.Severity;

import java.util.Map;

/**
 * How strict validation is.
 *
 * @param severities    rule id to severity, overriding each rule's default ({@link Severity#OFF} silences a rule)
 * @param failOnWarning treat warnings as failures
 */
public record ValidationConfig(Map<String, Severity> severities, boolean failOnWarning) {

    public ValidationConfig {
        severities = Map.copyOf(severities);
    }

    public static ValidationConfig defaults() {
        return new ValidationConfig(Map.of(), false);
    }
}
