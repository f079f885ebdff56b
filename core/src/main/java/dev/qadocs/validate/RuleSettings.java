package dev.qadocs.validate;

import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.diagnostic.Severity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads rule settings as a user writes them, {@code broken-link=warning,numbering=off} on a command line or
 * {@code rule → severity} pairs in a build file, and refuses what would silently do nothing: an unknown rule
 * id, a severity other than error, warning or off, a pair without {@code =}.
 */
public final class RuleSettings {

    private RuleSettings() {
    }

    /** A setting that cannot be used; the message says which one and what is expected, fit for a build failure. */
    public static final class InvalidException extends Exception {

        InvalidException(String message) {
            super(message);
        }
    }

    /**
     * @param configured rule id to severity name, e.g. from the pom's {@code <rules>}
     * @param overrides  {@code rule=severity} pairs separated by commas, winning over {@code configured};
     *                   {@code null} or blank for none
     * @param registry   the rules that exist
     */
    public static Map<String, Severity> parse(Map<String, String> configured, String overrides,
                                              RuleRegistry registry) throws InvalidException {
        Map<String, String> all = new HashMap<>(configured);
        all.putAll(pairs(overrides));
        Map<String, Severity> severities = new HashMap<>();
        for (Map.Entry<String, String> rule : all.entrySet()) {
            severities.put(rule.getKey(), severity(rule.getKey(), rule.getValue()));
        }
        Set<String> unknown = registry.unknown(severities.keySet());
        if (!unknown.isEmpty()) {
            String known = registry.descriptors().stream().map(RuleDescriptor::id).collect(Collectors.joining(", "));
            throw new InvalidException("unknown rule " + String.join(", ", unknown) + " in <rules>; known rules: "
                    + known);
        }
        return severities;
    }

    private static Map<String, String> pairs(String overrides) throws InvalidException {
        Map<String, String> pairs = new HashMap<>();
        if (overrides == null || overrides.isBlank()) {
            return pairs;
        }
        for (String setting : overrides.split(",")) {
            String[] parts = setting.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new InvalidException("-Dqadocs.rules takes rule=severity pairs separated by commas, such as "
                        + "broken-link=warning,numbering=off; got '" + setting.strip() + "'");
            }
            pairs.put(parts[0].strip(), parts[1].strip());
        }
        return pairs;
    }

    private static Severity severity(String rule, String value) throws InvalidException {
        try {
            return Severity.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidException("rule " + rule + " is set to '" + value + "'; use error, warning or off");
        }
    }
}
