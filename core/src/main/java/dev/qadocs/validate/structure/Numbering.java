package dev.qadocs.validate.structure;

import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.model.Page;
import dev.qadocs.model.Question;
import dev.qadocs.validate.rule.Findings;
import dev.qadocs.validate.rule.PageRule;

import java.util.List;

/**
 * Numbered questions should count up by one: through the page (numbering runs across categories, as in a printed
 * question bank), or through each category when the author restarts it there ({@link NumberRuns}). The first
 * number is free, so a page may continue where the previous one stopped; unnumbered questions are ignored, and a
 * repeated number is left to {@code duplicate-number}.
 */
public final class Numbering extends PageRule {

    public static final RuleDescriptor RULE = RuleDescriptor.warning("numbering",
            "Question numbers skip a number or go backwards.");

    public Numbering() {
        super(RULE);
    }

    @Override
    protected void check(Page page, Findings findings) {
        for (List<Question> run : NumberRuns.of(page)) {
            for (int i = 1; i < run.size(); i++) {
                int previous = NumberRuns.number(run.get(i - 1));
                int number = NumberRuns.number(run.get(i));
                if (number != previous && number != previous + 1) {
                    findings.report(run.get(i).position(), message(previous, number));
                }
            }
        }
    }

    private static String message(int previous, int number) {
        String after = "question " + number + " follows question " + previous;
        if (number < previous) {
            return after + ": out of order";
        }
        return number == previous + 2
                ? after + ": " + (previous + 1) + " is missing"
                : after + ": " + (previous + 1) + " to " + (number - 1) + " are missing";
    }
}
