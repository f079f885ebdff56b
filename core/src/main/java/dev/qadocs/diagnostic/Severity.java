package dev.qadocs.diagnostic;

/** How bad a diagnostic is. {@code OFF} is only a configuration value: a rule set to it reports nothing. */
public enum Severity {
    ERROR, WARNING, OFF;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
