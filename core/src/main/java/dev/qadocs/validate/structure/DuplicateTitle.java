package dev.qadocs.validate.structure;

import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.model.Page;
import dev.qadocs.model.Question;
import dev.qadocs.validate.rule.Findings;
import dev.qadocs.validate.rule.PageRule;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The same question twice in a page, usually a copy-paste left behind. A warning: some pages repeat a title on
 * purpose (one walkthrough per scenario), and their anchors stay distinct anyway.
 */
public final class DuplicateTitle extends PageRule {

    public static final RuleDescriptor RULE = RuleDescriptor.warning("duplicate-title",
            "Two questions of a page have the same title.");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public DuplicateTitle() {
        super(RULE);
    }

    @Override
    protected void check(Page page, Findings findings) {
        Repeats.report(page.questions(), DuplicateTitle::normalized, Question::position,
                (q, first) -> "question title '" + q.title() + "' repeats the question at line "
                        + first.position().line(),
                findings);
    }

    private static String normalized(Question question) {
        return WHITESPACE.matcher(question.title().strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
