package dev.qadocs.validate.structure;

import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.model.Page;
import dev.qadocs.validate.rule.Findings;
import dev.qadocs.validate.rule.PageRule;

/** The title names the page in the navigation, the browser tab and llms.txt; without it the page is anonymous. */
public final class MissingTitle extends PageRule {

    public static final RuleDescriptor RULE = RuleDescriptor.error("missing-title",
            "The front matter has no title.");

    public MissingTitle() {
        super(RULE);
    }

    @Override
    protected void check(Page page, Findings findings) {
        if (page.meta().title() == null || page.meta().title().isBlank()) {
            findings.report(page.position(), "the page has no title: add 'title:' to its front matter");
        }
    }
}
