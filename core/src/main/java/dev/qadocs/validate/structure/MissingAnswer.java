package dev.qadocs.validate.structure;

import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.markdown.Markdown;
import dev.qadocs.model.Category;
import dev.qadocs.model.Page;
import dev.qadocs.model.Question;
import dev.qadocs.model.Section;
import dev.qadocs.model.SectionKind;
import dev.qadocs.validate.rule.Findings;
import dev.qadocs.validate.rule.PageRule;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A question a reader would find no answer to. Any text that is not a note about the question answers it: an
 * answer section, unlabelled text, text under an unknown label or heading, a worked example, a template, weak and
 * strong answers. Notes about the question (what is tested, red flags, follow-up questions, further reading) and
 * callouts do not. A placeholder left where the answer should be ("Answer here", "TODO", "TBD") is no answer. A
 * category of several questions none of which has anything where an answer would go is a questionnaire, questions
 * to think about ("What did you learn this week?"), and is not reported; placeholders in it still are. An answer
 * label with nothing after it is {@code empty-section}'s business, so one mistake is not reported twice.
 */
public final class MissingAnswer extends PageRule {

    public static final RuleDescriptor RULE = RuleDescriptor.error("missing-answer",
            "A question has no answer: only notes about it, or a placeholder such as 'Answer here'.");
    private static final Set<SectionKind> NOT_ANSWERS = EnumSet.of(SectionKind.WHAT_IS_TESTED, SectionKind.RED_FLAG,
            SectionKind.FOLLOW_UPS, SectionKind.FURTHER_READING, SectionKind.CALLOUT);
    private static final Set<String> PLACEHOLDERS = Set.of("answer here", "your answer here", "add answer here",
            "answer goes here", "todo", "to do", "tbd", "tba", "to be added", "to be done", "coming soon", "wip",
            "work in progress", "placeholder");
    /** Longer text is an answer, whatever it says: only short text is read as a possible placeholder. Text of
     *  punctuation only ("...", "???") is a placeholder too; an answer that is only an image or code is not. */
    private static final int PLACEHOLDER_LENGTH = 80;
    private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N} ]");
    /** Markup whose letters a reader does not see: tags, entities, link targets, a fence's language. */
    private static final Pattern MAY_ADD_WORDS = Pattern.compile("[<&\\[`~]");

    public MissingAnswer() {
        super(RULE);
    }

    @Override
    protected void check(Page page, Findings findings) {
        for (Category category : page.categories()) {
            List<Question> questions = category.questions();
            boolean questionnaire = questions.size() > 1 && questions.stream().allMatch(MissingAnswer::unanswered);
            for (Question question : questions) {
                if (answered(question)) {
                    continue;
                }
                Optional<String> placeholder = question.sections().stream()
                        .filter(s -> !NOT_ANSWERS.contains(s.kind())).map(Section::markdown)
                        .filter(m -> !m.isBlank()).findFirst();
                if (placeholder.isPresent() || !questionnaire) {
                    findings.report(question.position(), "question '" + question.displayTitle() + "' has no answer"
                            + placeholder.map(p -> ": '" + Markdown.toPlainText(p) + "' is a placeholder").orElse(""));
                }
            }
        }
    }

    /** Long text answers without a look at its words, so only short answers are parsed for a placeholder. */
    private static boolean answered(Question question) {
        return question.sections().stream().anyMatch(s -> !NOT_ANSWERS.contains(s.kind())
                && s.markdown().length() > PLACEHOLDER_LENGTH)
                || question.sections().stream().anyMatch(MissingAnswer::answers);
    }

    /** Nothing at all where the answer would go: no text but notes, not even a placeholder. */
    private static boolean unanswered(Question question) {
        return question.sections().stream().allMatch(s -> NOT_ANSWERS.contains(s.kind()) || s.markdown().isBlank());
    }

    private static boolean answers(Section section) {
        if (NOT_ANSWERS.contains(section.kind())) {
            return false;
        }
        if (section.markdown().isBlank()) {
            return section.kind() == SectionKind.ANSWER;
        }
        return !isPlaceholder(section.markdown());
    }

    private static boolean isPlaceholder(String markdown) {
        if (markdown.length() > PLACEHOLDER_LENGTH) {
            return false;
        }
        // Markup without a letter of its own (emphasis, code spans, list and heading marks) leaves the words as they
        // are, so words as written that are no placeholder are none as read, and spare the conversion to text.
        if (!MAY_ADD_WORDS.matcher(markdown).find()) {
            String written = words(markdown);
            if (!written.isEmpty() && !PLACEHOLDERS.contains(written)) {
                return false;
            }
        }
        String plain = Markdown.toPlainText(markdown);
        if (plain.isBlank()) {
            return false;
        }
        String words = words(plain);
        return words.isEmpty() || PLACEHOLDERS.contains(words);
    }

    private static String words(String text) {
        return NOT_WORDS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip().replaceAll(" +", " ");
    }
}
