package dev.qadocs.validate.structure;

import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.model.Page;
import dev.qadocs.validate.rule.Findings;
import dev.qadocs.validate.rule.PageRule;

/**
 * The title names the page in the navigation, the browser tab and llms.txt. A page without one is named from its
 * file ({@link Page#title()}), which reads well enough to build: a warning, so that the author can do better.
 */
public final class MissingTitle extends PageRule {

    public static final RuleDescriptor RULE = RuleDescriptor.warning("missing-title",
            "The page has no title of its own; it is named from its file.");

    public MissingTitle() {
        super(RULE);
    }

    @Override
    protected void check(Page page, Findings findings) {
        if (page.meta().title() == null || page.meta().title().isBlank()) {
            findings.report(page.position(), "the page has no title, so it is called '" + page.title()
                    + "' after its file: add 'title:' to its front matter or start it with a '#' heading");
        }
    }
}
