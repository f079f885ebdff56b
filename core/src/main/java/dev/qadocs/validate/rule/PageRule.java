package dev.qadocs.validate.rule;

import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.model.Page;

/**
 * A rule that looks at one page at a time (most structure rules): it needs nothing from the other pages, and keeps
 * nothing from one page to the next, since the validator checks pages on several threads at once.
 */
public abstract class PageRule implements Rule {

    private final RuleDescriptor descriptor;

    protected PageRule(RuleDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    @Override
    public final RuleDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public final void check(ValidationContext context, Findings findings) {
        for (Page page : context.site().pages()) {
            check(page, findings);
        }
    }

    /** One page only: the validator checks again only the pages that changed since its last run. */
    public final void checkPage(Page page, Findings findings) {
        check(page, findings);
    }

    protected abstract void check(Page page, Findings findings);
}
