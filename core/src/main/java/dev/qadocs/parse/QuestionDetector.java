package dev.qadocs.parse;

import dev.qadocs.model.QuestionUnit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Picks the repeated unit that carries a page's questions, as a reader would on a first look:
 * <ol>
 *   <li>Mintlify accordions, when the page has any;</li>
 *   <li>MkDocs admonitions of the question type ({@code ??? question "…"}), when it has any;</li>
 *   <li>the headings that are answered by a collapsible titled with an answer word ("Answer", "View answer",
 *       "Show", "Solution"…): the level most of them have;</li>
 *   <li>{@code <details>} blocks whose summary is the question, when they outnumber the question headings;</li>
 *   <li>{@code ##} headings when they read as questions and the deeper ones do not (a FAQ of {@code ## How do
 *       I…?} sections): most of them end in a question mark, more of them than at {@code ###};</li>
 *   <li>{@code ###} headings (or headings that open the items of a numbered list), else the shallowest deeper
 *       level the page has;</li>
 *   <li>paragraphs made only of bold text, when there are no question headings;</li>
 * </ol>
 * Tables of contents never count.
 */
final class QuestionDetector {

    /** What a collapsible under a question says when it holds the answer. */
    private static final Pattern ANSWER_WORDS = Pattern.compile("(?i)(?:(?:view|show|see|reveal|check|display|"
            + "click(?: here)? (?:to|for)(?: see| view| show| reveal)?)(?: the)? )?(?:answers?|solutions?|explanation"
            + "|hint)[.!:]?|show|reveal|expand");
    /** "Contents", "Table of Contents", "View contents", "Hide/Show table of contents". */
    private static final Pattern CONTENTS = Pattern.compile("(?i)(?:\\S+ ){0,2}(?:table of contents|contents|toc)");
    private static final List<String> QUESTION_ADMONITIONS = List.of("question", "faq", "help");

    private final MarkdownStructure.Cache structures;
    private final Map<Integer, Integer> headings = new TreeMap<>();
    private final Map<Integer, Integer> answered = new TreeMap<>();
    /** Headings per level whose text ends in a question mark. */
    private final Map<Integer, Integer> asking = new TreeMap<>();
    private int listHeadings;
    private int accordions;
    private int admonitions;
    private int details;
    private int bold;
    private int lastHeadingLevel;
    private boolean pageHeadingSeen;

    private QuestionDetector(MarkdownStructure.Cache structures) {
        this.structures = structures;
    }

    static QuestionUnit detect(List<Block> blocks, MarkdownStructure.Cache structures) {
        QuestionDetector detector = new QuestionDetector(structures);
        detector.survey(blocks);
        return detector.choose();
    }

    /** A collapsible titled so that it holds the answer of the heading above it. */
    static boolean isAnswer(Block.Component component) {
        String title = ReaderTitle.text(component.title());
        return ANSWER_WORDS.matcher(title).matches() || Label.named(title, "").isKnown();
    }

    static boolean isContents(String title) {
        // Every wording ends in "contents" or "toc": titles ending otherwise, nearly all, need no matcher.
        return (endsWithWord(title, "contents") || endsWithWord(title, "toc")) && CONTENTS.matcher(title).matches();
    }

    private static boolean endsWithWord(String title, String word) {
        return title.regionMatches(true, title.length() - word.length(), word, 0, word.length());
    }

    static boolean isQuestionAdmonition(Block.Component component) {
        return QUESTION_ADMONITIONS.contains(component.attribute("type").orElse(""));
    }

    private void survey(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Block.Text text) {
                MarkdownStructure structure = structures.of(text);
                for (int i = 0; i < text.lines().size(); i++) {
                    Optional<HeadingLine> heading = structure.heading(i);
                    if (heading.isPresent()) {
                        heading(heading.get().level(), heading.get().text(), heading.get().listNumber().isPresent());
                    } else if (structure.boldParagraph(i).isPresent()) {
                        bold++;
                    }
                }
            } else if (block instanceof Block.Component component) {
                component(component);
            }
        }
    }

    private void component(Block.Component component) {
        if (component.isGroup()) {
            survey(component.children());
        } else if (component.headingLevel() > 0) {
            heading(component.headingLevel(), MarkdownWriter.markdown(component.children()), false);
        } else if (component.isAdmonition()) {
            admonitions += isQuestionAdmonition(component) ? 1 : 0;
        } else if (component.isCollapsible()) {
            if (component.name().equals("Accordion")) {
                accordions++;
            }
            if (isAnswer(component)) {
                if (lastHeadingLevel > 0) {
                    answered.merge(lastHeadingLevel, 1, Integer::sum);
                }
                lastHeadingLevel = 0;
            } else if (!isContents(component.title())) {
                details++;
            }
        }
    }

    private void heading(int level, String text, boolean opensListItem) {
        if (level == 1 && !pageHeadingSeen) {
            pageHeadingSeen = true;
            return;
        }
        // Read once: reading a title with markup takes a parse of its own.
        String plain = structures.plain(text);
        if (isContents(plain)) {
            lastHeadingLevel = 0;
            return;
        }
        lastHeadingLevel = level;
        if (plain.strip().endsWith("?")) {
            asking.merge(level, 1, Integer::sum);
        }
        if (opensListItem) {
            listHeadings++;
        } else {
            headings.merge(level, 1, Integer::sum);
        }
    }

    private QuestionUnit choose() {
        if (accordions > 0) {
            return QuestionUnit.of(QuestionUnit.Kind.ACCORDION);
        }
        if (admonitions > 0) {
            return QuestionUnit.of(QuestionUnit.Kind.ADMONITION);
        }
        if (!answered.isEmpty()) {
            int level = answered.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            return QuestionUnit.heading(level);
        }
        int level = headingLevel();
        int headed = headings.getOrDefault(level, 0) + listHeadings;
        if (details > 0 && details > headed) {
            return QuestionUnit.of(QuestionUnit.Kind.DETAILS);
        }
        if (headed == 0 && bold >= 2) {
            return QuestionUnit.of(QuestionUnit.Kind.BOLD);
        }
        return QuestionUnit.heading(level);
    }

    /**
     * Level 2 when its headings ask and the deeper ones less so; else level 3 when the page has {@code ###} or
     * numbered-list headings, else its shallowest level below {@code ##}.
     */
    private int headingLevel() {
        int askingAtTwo = asking.getOrDefault(2, 0);
        if (listHeadings == 0 && askingAtTwo >= 2 && 2 * askingAtTwo > headings.getOrDefault(2, 0)
                && askingAtTwo > asking.getOrDefault(3, 0)) {
            return 2;
        }
        if (listHeadings > 0 || headings.containsKey(3)) {
            return 3;
        }
        return headings.keySet().stream().filter(level -> level > 3).findFirst().orElse(3);
    }
}
