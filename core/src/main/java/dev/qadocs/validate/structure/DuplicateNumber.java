package dev.qadocs.validate.structure;

import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.model.Page;
import dev.qadocs.model.Question;
import dev.qadocs.validate.rule.Findings;
import dev.qadocs.validate.rule.PageRule;

/** Two questions of a page with the same number: readers cite questions by number, so one of them is wrong. */
public final class DuplicateNumber extends PageRule {

    public static final RuleDescriptor RULE = RuleDescriptor.error("duplicate-number",
            "Two questions of a page carry the same number.");

    public DuplicateNumber() {
        super(RULE);
    }

    @Override
    protected void check(Page page, Findings findings) {
        Repeats.report(page.questions().stream().filter(q -> q.number().isPresent()).toList(),
                q -> String.valueOf(q.number().getAsInt()), Question::position,
                (q, first) -> "question number " + q.number().getAsInt() + " is already used by '"
                        + first.title() + "' at line " + first.position().line(),
                findings);
    }
}
