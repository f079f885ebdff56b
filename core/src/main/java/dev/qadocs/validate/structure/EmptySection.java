package dev.qadocs.validate.structure;

import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.model.FurtherReading;
import dev.qadocs.model.Page;
import dev.qadocs.model.Question;
import dev.qadocs.model.QuickFire;
import dev.qadocs.model.Section;
import dev.qadocs.validate.rule.Findings;
import dev.qadocs.validate.rule.PageRule;

/** A label with nothing under it, such as {@code **Red flag answer:**} followed directly by the next label. */
public final class EmptySection extends PageRule {

    public static final RuleDescriptor RULE = RuleDescriptor.error("empty-section",
            "A section label (Answer, Red flag answer, …) has no content after it.");

    public EmptySection() {
        super(RULE);
    }

    @Override
    protected void check(Page page, Findings findings) {
        for (Question question : page.questions()) {
            for (Section section : question.sections()) {
                if (isEmpty(section)) {
                    String label = section.label().isBlank() ? section.kind().id() : section.label();
                    findings.report(section.position(), "section '" + label + "' of question '"
                            + question.displayTitle() + "' is empty");
                }
            }
        }
    }

    private static boolean isEmpty(Section section) {
        if (section instanceof QuickFire quickFire && !quickFire.pairs().isEmpty()) {
            return false;
        }
        if (section instanceof FurtherReading reading && !reading.references().isEmpty()) {
            return false;
        }
        return section.markdown().isBlank();
    }
}
