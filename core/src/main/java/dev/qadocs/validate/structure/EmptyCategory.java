package dev.qadocs.validate.structure;

import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.model.Category;
import dev.qadocs.model.Heading;
import dev.qadocs.model.Page;
import dev.qadocs.validate.rule.Findings;
import dev.qadocs.validate.rule.PageRule;

import java.util.List;

/**
 * A category heading with nothing under it, typically left behind when its questions moved elsewhere. A category
 * holding only prose (an introduction, a case study) is not reported: Q&amp;A pages legitimately mix such
 * sections with question groups, and warning on them would teach authors to ignore the warning. Nor is a heading
 * that only introduces deeper ones ({@code # Part I} over {@code ## Rendering}): it is empty by design.
 */
public final class EmptyCategory extends PageRule {

    public static final RuleDescriptor RULE = RuleDescriptor.warning("empty-category",
            "A category has no questions and no other content.");

    public EmptyCategory() {
        super(RULE);
    }

    @Override
    protected void check(Page page, Findings findings) {
        for (Category category : page.categories()) {
            if (!category.title().isEmpty() && category.entries().isEmpty() && category.intro().isBlank()
                    && !introducesDeeperHeadings(page, category)) {
                findings.report(category.position(),
                        "category '" + category.title() + "' is empty: no questions, no text");
            }
        }
    }

    private static boolean introducesDeeperHeadings(Page page, Category category) {
        List<Heading> headings = page.headings();
        for (int i = 0; i + 1 < headings.size(); i++) {
            if (headings.get(i).position().line() == category.position().line()) {
                return headings.get(i + 1).level() > headings.get(i).level();
            }
        }
        return false;
    }
}
