package dev.qadocs.validate.structure;

import dev.qadocs.model.Category;
import dev.qadocs.model.Page;
import dev.qadocs.model.Question;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbered questions of a page, cut where the author's numbering starts again. Numbering runs through the page
 * (a printed question bank) unless a category starts again at 1, or at the number the run began with: from there on
 * that category counts on its own ("Prompting" 1 to 4, then "Classical ML" 1 to 6). A category that starts lower
 * at any other number continues the run, so a mistyped number is still caught.
 */
final class NumberRuns {

    private NumberRuns() {
    }

    static List<List<Question>> of(Page page) {
        List<List<Question>> runs = new ArrayList<>();
        List<Question> run = new ArrayList<>();
        for (Category category : page.categories()) {
            List<Question> numbered = category.questions().stream().filter(q -> q.number().isPresent()).toList();
            if (!numbered.isEmpty() && !run.isEmpty() && restarts(number(numbered.get(0)), run)) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.addAll(numbered);
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    static int number(Question question) {
        return question.number().getAsInt();
    }

    private static boolean restarts(int first, List<Question> run) {
        return (first == 1 || first == number(run.get(0))) && first <= number(run.get(run.size() - 1));
    }
}
