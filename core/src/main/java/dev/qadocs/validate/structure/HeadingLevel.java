package dev.qadocs.validate.structure;

import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.model.Heading;
import dev.qadocs.model.Page;
import dev.qadocs.validate.rule.Findings;
import dev.qadocs.validate.rule.PageRule;

/**
 * A heading more than one level below the one before it ({@code ##} then {@code ####}) breaks the outline that
 * screen readers and the table of contents follow. A page starts as if under a {@code ##}, because the format lets
 * questions ({@code ###}) come before any category.
 */
public final class HeadingLevel extends PageRule {

    public static final RuleDescriptor RULE = RuleDescriptor.warning("heading-level",
            "A heading skips a level, e.g. #### right after ##.");

    private static final int START_LEVEL = 2;

    public HeadingLevel() {
        super(RULE);
    }

    @Override
    protected void check(Page page, Findings findings) {
        int previous = START_LEVEL;
        for (Heading heading : page.headings()) {
            if (heading.level() > previous + 1) {
                findings.report(heading.position(), "heading level " + heading.level() + " after level "
                        + previous + ": level " + (previous + 1) + " is skipped");
            }
            previous = heading.level();
        }
    }
}
