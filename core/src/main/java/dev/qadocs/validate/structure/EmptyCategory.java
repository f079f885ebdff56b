package dev.qadocs.validate.structure;

import dev.qadocs.model.Category;
import dev.qadocs.model.Page;
import dev.qadocs.validate.Findings;
import dev.qadocs.validate.PageRule;
import dev.qadocs.validate.RuleDescriptor;

/**
 * A category heading with nothing under it, typically left behind when its questions moved elsewhere. A category
 * holding only prose (an introduction, a case study) is not reported: Q&amp;A pages legitimately mix such
 * sections with question groups, and warning on them would teach authors to ignore the warning.
 */
public final class EmptyCategory extends PageRule {

    public EmptyCategory() {
        super(RuleDescriptor.warning("empty-category",
                "A category has no questions and no other content."));
    }

    @Override
    protected void check(Page page, Findings findings) {
        for (Category category : page.categories()) {
            if (!category.title().isEmpty() && category.entries().isEmpty() && category.intro().isBlank()) {
                findings.report(category.position(), "category '" + category.title() + "' has no questions");
            }
        }
    }
}
