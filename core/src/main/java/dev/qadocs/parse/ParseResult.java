package dev.qadocs.parse;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.model.Page;

import java.util.List;
import java.util.Optional;

/**
 * A parsed page (absent when the file could not be read as a page at all), what the parser noticed, and how it
 * read the page's questions.
 *
 * @param reading the unit the questions were read from and where that choice came from, for {@code qadocs:check}
 */
public record ParseResult(Optional<Page> page, List<Diagnostic> diagnostics, Reading reading) {

    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public ParseResult(Optional<Page> page, List<Diagnostic> diagnostics) {
        this(page, diagnostics, new Reading(QuestionUnit.AUTO, Reading.DETECTED));
    }

    /**
     * @param unit   what carried the questions
     * @param source {@link #DETECTED}, {@link #FRONT_MATTER} or {@link #SITE}
     */
    public record Reading(QuestionUnit unit, String source) {
        public static final String DETECTED = "detected";
        public static final String FRONT_MATTER = "front matter";
        public static final String SITE = "site setting";

        /** {@code 124 questions from ### headings}, with the override named when there was one. */
        public String describe(int questions) {
            return questions + (questions == 1 ? " question" : " questions") + " from " + unit.describe()
                    + (source.equals(DETECTED) ? "" : " (" + source + ")");
        }
    }
}
