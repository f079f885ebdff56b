package dev.qadocs.validate.structure;

import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.model.Page;
import dev.qadocs.model.Question;
import dev.qadocs.model.SectionKind;
import dev.qadocs.validate.rule.Findings;
import dev.qadocs.validate.rule.PageRule;

/**
 * A question nobody answered. Text without a label counts as the answer, because many banks never write
 * {@code **Answer:**}; a question holding only a follow-up list or a note has none. An answer label with
 * nothing after it is {@code empty-section}'s business, so one mistake is not reported twice.
 */
public final class MissingAnswer extends PageRule {

    public static final RuleDescriptor RULE = RuleDescriptor.error("missing-answer",
            "A question has no answer: no Answer section and no unlabelled text.");

    public MissingAnswer() {
        super(RULE);
    }

    @Override
    protected void check(Page page, Findings findings) {
        for (Question question : page.questions()) {
            if (!hasAnswer(question)) {
                findings.report(question.position(),
                        "question '" + question.displayTitle() + "' has no answer");
            }
        }
    }

    private static boolean hasAnswer(Question question) {
        return question.sections().stream()
                .anyMatch(s -> s.kind() == SectionKind.ANSWER || s.kind() == SectionKind.GENERIC);
    }
}
