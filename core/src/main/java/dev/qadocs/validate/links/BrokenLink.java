package dev.qadocs.validate.links;

import dev.qadocs.validate.Findings;
import dev.qadocs.validate.Rule;
import dev.qadocs.validate.RuleDescriptor;
import dev.qadocs.validate.ValidationContext;

/** A link to a page of this site that does not exist: renamed, moved, or never written. */
public final class BrokenLink implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.error("broken-link",
            "A link to a page of this site (relative, or root-relative under the site root) names no page.");

    private final String siteRoot;

    public BrokenLink(String siteRoot) {
        this.siteRoot = siteRoot;
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        SiteLinks.of(context, siteRoot).each(LinkTarget.Missing.class, (link, missing) -> {
            if (!missing.asset()) {
                findings.report(link.link().position(),
                        "broken link '" + link.link().target() + "': " + missing.reason());
            }
        });
    }
}
