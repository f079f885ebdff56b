package dev.qadocs.validate.links;

import dev.qadocs.validate.Findings;
import dev.qadocs.validate.RuleDescriptor;
import dev.qadocs.validate.ValidationContext;

/** A link to a page of this site that does not exist: renamed, moved, or never written. */
public final class BrokenLink extends LinkRule {

    public BrokenLink(String siteRoot) {
        super(RuleDescriptor.error("broken-link",
                "A link to a page of this site (relative, or root-relative under the site root) names no page."),
                siteRoot);
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
