package dev.qadocs.validate;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.diagnostic.Severity;
import dev.qadocs.parse.ParseRules;
import dev.qadocs.validate.structure.MissingTitle;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The user's severities, applied once to the diagnostics of every stage (load, parse, validate, write), so one
 * {@code rules} setting governs all of them. Stages and rules report at their own severity and know nothing
 * of the configuration.
 */
public final class SeverityPolicy {

    private final Map<String, Severity> configured;

    /** @param configured rule id to severity, overriding each rule's default ({@link Severity#OFF} silences it) */
    public SeverityPolicy(Map<String, Severity> configured) {
        this.configured = Map.copyOf(configured);
    }

    public static SeverityPolicy of(ValidationConfig config) {
        return new SeverityPolicy(config.severities());
    }

    /** The severity the rule's findings get: a rule configured off need not run at all. */
    public Severity severityOf(RuleDescriptor rule) {
        return severityOf(rule.id(), rule.defaultSeverity());
    }

    /**
     * Gives each diagnostic the severity configured for its rule, drops those whose rule is off, sorts and
     * de-duplicates. Diagnostics of rules without a setting keep the severity their stage gave them. A page whose
     * front matter cannot be read has no title either; saying so too would report one mistake twice.
     */
    public List<Diagnostic> apply(List<Diagnostic> diagnostics) {
        String frontMatter = ParseRules.FRONT_MATTER.id();
        String missingTitle = MissingTitle.RULE.id();
        Set<String> unreadableFrontMatter = diagnostics.stream().filter(d -> d.rule().equals(frontMatter))
                .map(d -> d.position().file()).collect(Collectors.toSet());
        return diagnostics.stream()
                .filter(d -> !(d.rule().equals(missingTitle) && unreadableFrontMatter.contains(d.position().file())))
                .map(d -> new Diagnostic(d.position(), severityOf(d.rule(), d.severity()), d.message(), d.rule()))
                .filter(d -> d.severity() != Severity.OFF)
                .distinct().sorted().toList();
    }

    private Severity severityOf(String rule, Severity otherwise) {
        return configured.getOrDefault(rule, otherwise);
    }
}
