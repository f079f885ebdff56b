package dev.qadocs.search;

import dev.qadocs.model.Category;
import dev.qadocs.model.Entry;
import dev.qadocs.model.GlossaryTerm;
import dev.qadocs.model.Page;
import dev.qadocs.model.Passage;
import dev.qadocs.model.Question;
import dev.qadocs.model.Section;
import dev.qadocs.model.SectionKind;
import dev.qadocs.model.Site;
import dev.qadocs.markdown.SiteMarkdown;
import dev.qadocs.markdown.SiteUrls;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Walks a site in navigation order and hands out what search indexes: every question, every titled passage
 * (case studies, templates: things a reader looks for by name) and every page introduction. Labels ("Red flag
 * answer") are left out of the text: they are on every question, so they would only add noise.
 */
final class SiteDocuments {

    private final List<SearchCategory> categories = new ArrayList<>();
    private final SiteMarkdown markdown;
    private int documents;

    /** @param first the number of the first document: the count of those before, when pages are walked in parts */
    SiteDocuments(SiteMarkdown markdown, int first) {
        this.markdown = markdown;
        this.documents = first;
    }

    SiteDocuments(SiteMarkdown markdown) {
        this(markdown, 0);
    }

    /** Calls {@code sink} for each document in order; the {@code n}-th call is document number {@code n}. */
    List<SearchCategory> walk(Site site, Consumer<SearchDocument> sink) {
        return walk(site.pages(), sink);
    }

    /** {@link #walk(Site, Consumer)} for some pages only, numbered on from the first document number. */
    List<SearchCategory> walk(List<Page> pages, Consumer<SearchDocument> sink) {
        visit(pages, document -> sink.accept(document.get()));
        return List.copyOf(categories);
    }

    /** How many documents {@code pages} hold, without making them: where the walk of the pages after starts. */
    static int count(SiteMarkdown markdown, List<Page> pages) {
        SiteDocuments counter = new SiteDocuments(markdown);
        counter.visit(pages, document -> { });
        return counter.documents;
    }

    private void visit(List<Page> pages, Consumer<Supplier<SearchDocument>> sink) {
        for (Page page : pages) {
            String pageUrl = SiteUrls.html(page);
            String intro = markdown.text(page.intro());
            if (!intro.isBlank() || !page.meta().description().isBlank()) {
                SearchCategory category = open(page, pageUrl, "");
                emit(sink, () -> {
                    String text = (page.meta().description() + " " + intro).strip();
                    return new SearchDocument(page.title(), text, text, pageUrl, category);
                });
            }
            for (Category category : page.categories()) {
                SearchCategory opened = open(page, pageUrl, category.title());
                for (Entry entry : category.entries()) {
                    if (entry instanceof Question q) {
                        emit(sink, () -> question(q, pageUrl, opened));
                    } else if (entry instanceof Passage p && !p.title().isBlank()) {
                        emit(sink, () -> {
                            String text = markdown.text(p.markdown());
                            return new SearchDocument(p.title(), text, text, pageUrl + "#" + p.id(), opened);
                        });
                    }
                }
            }
        }
    }

    private SearchCategory open(Page page, String pageUrl, String title) {
        SearchCategory category = new SearchCategory(page.title(), pageUrl, title, documents);
        categories.add(category);
        return category;
    }

    private void emit(Consumer<Supplier<SearchDocument>> sink, Supplier<SearchDocument> document) {
        sink.accept(document);
        documents++;
    }

    /** The snippet comes from the answer when there is one: the other sections rarely read well out of context. */
    private SearchDocument question(Question q, String pageUrl, SearchCategory category) {
        List<String> texts = q.sections().stream().map(this::text).toList();
        String body = texts.stream().filter(t -> !t.isBlank()).collect(Collectors.joining(" "));
        String snippet = body;
        for (int i = q.sections().size() - 1; i >= 0; i--) {
            if (q.sections().get(i).kind() == SectionKind.ANSWER) {
                snippet = texts.get(i);
            }
        }
        return new SearchDocument(q.title(), body, snippet, pageUrl + "#" + q.id(), category);
    }

    private String text(Section section) {
        String text = markdown.text(section.markdown());
        return section instanceof GlossaryTerm g ? g.term() + " " + text : text;
    }
}
