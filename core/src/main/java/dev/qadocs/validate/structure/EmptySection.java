package dev.qadocs.validate.structure;

import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.model.FurtherReading;
import dev.qadocs.model.Heading;
import dev.qadocs.model.Page;
import dev.qadocs.model.Question;
import dev.qadocs.model.QuickFire;
import dev.qadocs.model.Section;
import dev.qadocs.validate.rule.Findings;
import dev.qadocs.validate.rule.PageRule;
import dev.qadocs.model.SectionKind;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A label with nothing under it, such as {@code **Red flag answer:**} followed directly by the next label: a reader
 * reads nothing before the next part. A label or heading that titles the part right after it is not empty (see
 * {@code titlesWhatFollows}). A label that waits for the text after a note ({@code **Answer:**}, the note, then
 * the answer) was given that text by the parser, so it is not empty either.
 */
public final class EmptySection extends PageRule {

    public static final RuleDescriptor RULE = RuleDescriptor.error("empty-section",
            "A section label (Answer, Red flag answer, …) has nothing after it before the next part.");

    public EmptySection() {
        super(RULE);
    }

    @Override
    protected void check(Page page, Findings findings) {
        Map<Integer, Heading> headings = page.headings().stream()
                .collect(Collectors.toMap(h -> h.position().line(), Function.identity(), (a, b) -> a));
        for (Question question : page.questions()) {
            List<Section> sections = question.sections();
            for (int i = 0; i < sections.size(); i++) {
                Section section = sections.get(i);
                if (isEmpty(section) && !titlesWhatFollows(headings, section, i + 1 < sections.size()
                        ? sections.get(i + 1) : null)) {
                    String label = section.label().isBlank() ? section.kind().id() : section.label();
                    findings.report(section.position(), "section '" + label + "' of question '"
                            + question.displayTitle() + "' is empty");
                }
            }
        }
    }

    /**
     * Whether an empty section is the title of the part right after it: a heading over a part that is not a heading
     * of its own level or above, or a label over a part of the same kind ({@code **Answer:**} over
     * {@code **Short answer:** …}, {@code **Follow-up questions:**} over {@code **Follow-up: How …?**} and its answer).
     */
    private static boolean titlesWhatFollows(Map<Integer, Heading> headings, Section section, Section next) {
        if (next == null) {
            return false;
        }
        Heading heading = headings.get(section.position().line());
        if (heading != null) {
            Heading following = headings.get(next.position().line());
            return following == null || following.level() > heading.level();
        }
        return next.kind() == section.kind()
                || (section.kind() == SectionKind.FOLLOW_UPS && next.kind() == SectionKind.FOLLOW_UP_CHAIN);
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
