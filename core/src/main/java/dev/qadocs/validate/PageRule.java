package dev.qadocs.validate;

import dev.qadocs.model.Page;

/** A rule that looks at one page at a time (most structure rules): it needs nothing from the other pages. */
public interface PageRule extends Rule {

    void check(Page page, Findings findings);

    @Override
    default void check(ValidationContext context, Findings findings) {
        for (Page page : context.site().pages()) {
            check(page, findings);
        }
    }
}
