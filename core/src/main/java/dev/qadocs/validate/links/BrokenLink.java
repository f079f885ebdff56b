package dev.qadocs.validate.links;

import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.validate.rule.Findings;
import dev.qadocs.validate.rule.ValidationContext;

/** A link to a page of this site that does not exist: renamed, moved, or never written. */
public final class BrokenLink extends LinkRule {

    public static final RuleDescriptor RULE = RuleDescriptor.error("broken-link",
            "A link to a page of this site (relative, or root-relative under the site root) names no page.");

    public BrokenLink(String siteRoot) {
        super(RULE, siteRoot);
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        links(context).each(LinkTarget.Missing.class, (link, missing) -> {
            if (!missing.asset()) {
                findings.report(link.link().position(),
                        "broken link '" + link.link().target() + "': " + missing.reason());
            }
        });
    }
}
