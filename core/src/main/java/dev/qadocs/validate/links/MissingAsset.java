package dev.qadocs.validate.links;

import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.validate.rule.Findings;
import dev.qadocs.validate.rule.ValidationContext;

/** An image or other file the page needs that is not in the content folder, so the site would show it broken. */
public final class MissingAsset extends LinkRule {

    public static final RuleDescriptor RULE = RuleDescriptor.error("missing-asset",
            "An image or file linked from a page is not in the content folder.");

    public MissingAsset(String siteRoot) {
        super(RULE, siteRoot);
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        links(context).each(LinkTarget.Missing.class, (link, missing) -> {
            if (missing.asset()) {
                findings.report(link.link().position(), (link.link().image() ? "image '" : "file '")
                        + link.link().target() + "' is missing: " + missing.reason());
            }
        });
    }
}
