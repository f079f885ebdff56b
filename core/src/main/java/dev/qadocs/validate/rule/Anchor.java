package dev.qadocs.validate.rule;

import dev.qadocs.model.Category;
import dev.qadocs.model.Entry;
import dev.qadocs.model.Heading;
import dev.qadocs.model.Page;
import dev.qadocs.model.Passage;
import dev.qadocs.model.Question;
import dev.qadocs.model.SourcePosition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An id a link can point at with {@code #id}, and where the element that carries it starts. */
public record Anchor(String id, SourcePosition position) {

    /**
     * Every anchor of a page in source order: headings, categories, questions and titled passages. A question
     * written as a heading is also in the page's headings, so anchors with the same id on the same line are one
     * element and listed once.
     */
    public static List<Anchor> of(Page page) {
        Map<String, Anchor> byIdAndLine = new LinkedHashMap<>();
        List<Anchor> all = new ArrayList<>();
        for (Heading heading : page.headings()) {
            all.add(new Anchor(heading.id(), heading.position()));
        }
        for (Category category : page.categories()) {
            all.add(new Anchor(category.id(), category.position()));
            for (Entry entry : category.entries()) {
                all.add(new Anchor(entry instanceof Question q ? q.id() : ((Passage) entry).id(), entry.position()));
            }
        }
        all.stream()
                .filter(anchor -> !Objects.requireNonNullElse(anchor.id(), "").isEmpty())
                .sorted(Comparator.comparingInt((Anchor a) -> a.position().line())
                        .thenComparingInt(a -> a.position().column()))
                .forEach(anchor -> byIdAndLine.putIfAbsent(anchor.id() + "\n" + anchor.position().line(), anchor));
        return List.copyOf(byIdAndLine.values());
    }
}
