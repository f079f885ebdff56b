package dev.qadocs.diagnostic;

/**
 * What a rule is called, how severe its findings are unless configured otherwise, and one line saying what it
 * catches (shown in reports and in the SARIF rule list).
 */
public record RuleDescriptor(String id, Severity defaultSeverity, String description) {

    public static RuleDescriptor error(String id, String description) {
        return new RuleDescriptor(id, Severity.ERROR, description);
    }

    public static RuleDescriptor warning(String id, String description) {
        return new RuleDescriptor(id, Severity.WARNING, description);
    }
}
