package dev.qadocs.validate.links;

import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.validate.rule.Findings;
import dev.qadocs.validate.rule.ValidationContext;

/** A link no browser can follow as written: an empty target, a typo in the scheme, a URL without a host. */
public final class MalformedUrl extends LinkRule {

    public static final RuleDescriptor RULE = RuleDescriptor.error("malformed-url",
            "A link target is not a valid URL (empty, unknown scheme, no host, broken %-escape).");

    public MalformedUrl(String siteRoot) {
        super(RULE, siteRoot);
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        links(context).each(LinkTarget.Malformed.class,
                (link, malformed) -> findings.report(link.link().position(), "malformed URL: " + malformed.reason()));
    }
}
