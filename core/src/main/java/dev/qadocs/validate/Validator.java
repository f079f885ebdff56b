package dev.qadocs.validate;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.diagnostic.Severity;
import dev.qadocs.model.Page;
import dev.qadocs.model.Site;
import dev.qadocs.parallel.LargestFirst;
import dev.qadocs.validate.rule.Findings;
import dev.qadocs.validate.rule.PageRule;
import dev.qadocs.validate.rule.Rule;
import dev.qadocs.validate.rule.ValidationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the registry's rules over the whole model. It only runs them: findings carry each rule's default
 * severity, and the {@link SeverityPolicy} grades them with every other stage's diagnostics. Rules configured
 * off are not run at all, so a site whose link rules are off never resolves a link.
 */
public final class Validator {

    private final RuleRegistry registry;
    private final SeverityPolicy policy;
    private final PageDiagnostics checkedPages;

    public Validator(ValidationConfig config) {
        this(config, RuleRegistry.standard(config));
    }

    public Validator(ValidationConfig config, RuleRegistry registry) {
        this(registry, SeverityPolicy.of(config), new PageDiagnostics());
    }

    /** For the preview: {@code checkedPages} keeps what page-local rules found, so unchanged pages are not checked again. */
    public Validator(ValidationConfig config, PageDiagnostics checkedPages) {
        this(RuleRegistry.standard(config), SeverityPolicy.of(config), checkedPages);
    }

    private Validator(RuleRegistry registry, SeverityPolicy policy, PageDiagnostics checkedPages) {
        this.registry = registry;
        this.policy = policy;
        this.checkedPages = checkedPages;
    }

    /** Runs every rule that is not off; the result is sorted and free of duplicates. */
    public List<Diagnostic> validate(Site site) {
        ValidationContext context = new ValidationContext(site);
        List<Diagnostic> found = new ArrayList<>();
        List<PageRule> pageRules = new ArrayList<>();
        for (Rule rule : registry.rules()) {
            if (policy.severityOf(rule.descriptor()) == Severity.OFF) {
                continue;
            }
            if (rule instanceof PageRule pageRule) {
                pageRules.add(pageRule);
            } else {
                rule.check(context, reporter(rule, found));
            }
        }
        // Page rules look at one page each and keep nothing between pages, so pages are checked side by side.
        LargestFirst.map(site.pages(), Page::markdownLength, page -> checkedPages.of(page, p -> {
            List<Diagnostic> inPage = new ArrayList<>();
            pageRules.forEach(rule -> rule.checkPage(p, reporter(rule, inPage)));
            return inPage;
        })).forEach(found::addAll);
        checkedPages.retain(site.pages());
        return found.stream().distinct().sorted().toList();
    }

    private static Findings reporter(Rule rule, List<Diagnostic> found) {
        return (at, message) -> found.add(new Diagnostic(at, rule.descriptor().defaultSeverity(), message, rule.id()));
    }
}
