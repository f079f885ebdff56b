package dev.qadocs.parse;

import dev.qadocs.model.QuickFire;
import dev.qadocs.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads {@code **Q:**} / {@code **A:**} pairs; each side runs until the next marker. */
final class QuickFireReader {

    private QuickFireReader() {
    }

    static List<QuickFire.Pair> pairs(String file, List<SourceLine> lines) {
        List<QuickFire.Pair> pairs = new ArrayList<>();
        List<SourceLine> question = null;
        List<SourceLine> answer = null;
        SourcePosition at = null;
        for (SourceLine line : lines) {
            Optional<Label> label = Label.at(line.text());
            String marker = label.map(l -> l.text().toUpperCase(Locale.ROOT)).orElse("");
            if (marker.equals("Q")) {
                add(pairs, question, answer, at);
                question = new ArrayList<>();
                answer = null;
                at = line.positionIn(file);
                label.get().restOn(line).ifPresent(question::add);
            } else if (marker.equals("A") && question != null) {
                answer = new ArrayList<>();
                label.get().restOn(line).ifPresent(answer::add);
            } else if (answer != null) {
                answer.add(line);
            } else if (question != null) {
                question.add(line);
            }
        }
        add(pairs, question, answer, at);
        return pairs;
    }

    private static void add(List<QuickFire.Pair> pairs, List<SourceLine> question, List<SourceLine> answer,
                            SourcePosition at) {
        if (question != null) {
            pairs.add(new QuickFire.Pair(MarkdownWriter.join(question),
                    answer == null ? "" : MarkdownWriter.join(answer), at));
        }
    }
}
