package dev.qadocs.validate.links;

import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.validate.rule.Rule;
import dev.qadocs.validate.rule.ValidationContext;

/** A rule over the site's resolved links; all link rules share one resolution per validation. */
public abstract class LinkRule implements Rule {

    private final RuleDescriptor descriptor;
    private final String siteRoot;

    protected LinkRule(RuleDescriptor descriptor, String siteRoot) {
        this.descriptor = descriptor;
        this.siteRoot = siteRoot;
    }

    @Override
    public final RuleDescriptor descriptor() {
        return descriptor;
    }

    protected SiteLinks links(ValidationContext context) {
        return SiteLinks.of(context, siteRoot);
    }
}
