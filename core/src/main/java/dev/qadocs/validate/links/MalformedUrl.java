package dev.qadocs.validate.links;

import dev.qadocs.validate.Findings;
import dev.qadocs.validate.Rule;
import dev.qadocs.validate.RuleDescriptor;
import dev.qadocs.validate.ValidationContext;

/** A link no browser can follow as written: an empty target, a typo in the scheme, a URL without a host. */
public final class MalformedUrl implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.error("malformed-url",
            "A link target is not a valid URL (empty, unknown scheme, no host, broken %-escape).");

    private final String siteRoot;

    public MalformedUrl(String siteRoot) {
        this.siteRoot = siteRoot;
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        SiteLinks.of(context, siteRoot).each(LinkTarget.Malformed.class,
                (link, malformed) -> findings.report(link.link().position(), "malformed URL: " + malformed.reason()));
    }
}
