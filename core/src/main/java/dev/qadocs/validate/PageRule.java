package dev.qadocs.validate;

import dev.qadocs.model.Page;

/** A rule that looks at one page at a time (most structure rules): it needs nothing from the other pages. */
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

    protected abstract void check(Page page, Findings findings);
}
