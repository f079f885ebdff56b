package dev.qadocs.validate.structure;

import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.model.Page;
import dev.qadocs.model.Question;
import dev.qadocs.validate.rule.Findings;
import dev.qadocs.validate.rule.PageRule;

import java.util.List;

/**
 * Two questions with the same number in one numbering: readers cite questions by number, so one of them is wrong.
 * When the numbering restarts in a category ({@link NumberRuns}), the same number in two such categories is what
 * the author meant and is not reported; the anchors stay distinct anyway.
 */
public final class DuplicateNumber extends PageRule {

    public static final RuleDescriptor RULE = RuleDescriptor.error("duplicate-number",
            "Two questions of one numbering (the page, or a category that restarts it) carry the same number.");

    public DuplicateNumber() {
        super(RULE);
    }

    @Override
    protected void check(Page page, Findings findings) {
        for (List<Question> run : NumberRuns.of(page)) {
            Repeats.report(run, q -> String.valueOf(NumberRuns.number(q)), Question::position,
                    (q, first) -> "question number " + NumberRuns.number(q) + " is already used by '"
                            + first.title() + "' at line " + first.position().line(),
                    findings);
        }
    }
}
