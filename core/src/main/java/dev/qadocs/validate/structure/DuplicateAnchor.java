package dev.qadocs.validate.structure;

import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.model.Page;
import dev.qadocs.validate.rule.Anchor;
import dev.qadocs.validate.rule.Findings;
import dev.qadocs.validate.rule.PageRule;

/**
 * Two elements of a page with the same id: a link to it always lands on the first. Repeated headings get
 * {@code -1}, {@code -2}, so this catches the collisions that numbering cannot avoid (a heading "Setup 1"
 * next to a second "Setup") and ids written by hand.
 */
public final class DuplicateAnchor extends PageRule {

    public static final RuleDescriptor RULE = RuleDescriptor.error("duplicate-anchor",
            "Two headings or questions of a page have the same anchor id.");

    public DuplicateAnchor() {
        super(RULE);
    }

    @Override
    protected void check(Page page, Findings findings) {
        Repeats.report(Anchor.of(page), Anchor::id, Anchor::position,
                (anchor, first) -> "anchor #" + anchor.id() + " is already used at line "
                        + first.position().line() + "; links to it land there",
                findings);
    }
}
