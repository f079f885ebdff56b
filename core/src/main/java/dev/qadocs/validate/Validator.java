package dev.qadocs.validate;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.diagnostic.Severity;
import dev.qadocs.model.Page;
import dev.qadocs.model.Site;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks structure and links over the whole model, and applies the configured severities to every diagnostic
 * of the build, the parser's included, so one {@code rules} setting governs all of them.
 */
public final class Validator {

    private static final String FRONT_MATTER = "front-matter";
    private static final String MISSING_TITLE = "missing-title";

    private final ValidationConfig config;
    private final RuleRegistry registry;
    private final PageDiagnostics checkedPages;

    public Validator(ValidationConfig config) {
        this(config, RuleRegistry.standard(config));
    }

    public Validator(ValidationConfig config, RuleRegistry registry) {
        this(config, registry, new PageDiagnostics());
    }

    /** For the preview: {@code checkedPages} keeps what page-local rules found, so unchanged pages are not checked again. */
    public Validator(ValidationConfig config, PageDiagnostics checkedPages) {
        this(config, RuleRegistry.standard(config), checkedPages);
    }

    private Validator(ValidationConfig config, RuleRegistry registry, PageDiagnostics checkedPages) {
        this.config = config;
        this.registry = registry;
        this.checkedPages = checkedPages;
    }

    /** Runs every rule that is not off; the result is sorted and free of duplicates. */
    public List<Diagnostic> validate(Site site) {
        ValidationContext context = new ValidationContext(site);
        List<Diagnostic> found = new ArrayList<>();
        List<PageRule> pageRules = new ArrayList<>();
        for (Rule rule : registry.rules()) {
            if (severityOf(rule) == Severity.OFF) {
                continue;
            }
            if (rule instanceof PageRule pageRule) {
                pageRules.add(pageRule);
            } else {
                rule.check(context, reporter(rule, found));
            }
        }
        for (Page page : site.pages()) {
            found.addAll(checkedPages.of(page, p -> {
                List<Diagnostic> inPage = new ArrayList<>();
                pageRules.forEach(rule -> rule.check(p, reporter(rule, inPage)));
                return inPage;
            }));
        }
        checkedPages.retain(site.pages());
        return found.stream().distinct().sorted().toList();
    }

    private Findings reporter(Rule rule, List<Diagnostic> found) {
        Severity severity = severityOf(rule);
        return (at, message) -> found.add(new Diagnostic(at, severity, message, rule.id()));
    }

    private Severity severityOf(Rule rule) {
        return severityOf(rule.id(), rule.descriptor().defaultSeverity());
    }

    /**
     * Gives each diagnostic the severity configured for its rule, drops those whose rule is off, sorts and
     * de-duplicates. Diagnostics of rules without a setting keep the severity their stage gave them. A page whose
     * front matter cannot be read has no title either; saying so too would report one mistake twice.
     */
    public List<Diagnostic> configure(List<Diagnostic> diagnostics) {
        Set<String> unreadableFrontMatter = diagnostics.stream().filter(d -> d.rule().equals(FRONT_MATTER))
                .map(d -> d.position().file()).collect(Collectors.toSet());
        return diagnostics.stream()
                .filter(d -> !(d.rule().equals(MISSING_TITLE) && unreadableFrontMatter.contains(d.position().file())))
                .map(d -> new Diagnostic(d.position(), severityOf(d.rule(), d.severity()), d.message(), d.rule()))
                .filter(d -> d.severity() != Severity.OFF)
                .distinct().sorted().toList();
    }

    private Severity severityOf(String rule, Severity otherwise) {
        return config.severities().getOrDefault(rule, otherwise);
    }
}
