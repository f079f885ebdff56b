package dev.qadocs.validate.structure;

import dev.qadocs.model.Page;
import dev.qadocs.model.Question;
import dev.qadocs.validate.Findings;
import dev.qadocs.validate.PageRule;
import dev.qadocs.validate.RuleDescriptor;

import java.util.List;

/**
 * Two questions with the same number in one numbering: readers cite questions by number, so one of them is wrong.
 * When the numbering restarts in a category ({@link NumberRuns}), the same number in two such categories is what
 * the author meant and is not reported; the anchors stay distinct anyway.
 */
public final class DuplicateNumber extends PageRule {

    public DuplicateNumber() {
        super(RuleDescriptor.error("duplicate-number",
                "Two questions of one numbering (the page, or a category that restarts it) carry the same number."));
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
