package dev.qadocs.testing;

import dev.qadocs.model.Callout;
import dev.qadocs.model.Category;
import dev.qadocs.model.Entry;
import dev.qadocs.model.FrontMatter;
import dev.qadocs.model.FurtherReading;
import dev.qadocs.model.GlossaryTerm;
import dev.qadocs.model.Page;
import dev.qadocs.model.Passage;
import dev.qadocs.model.Prose;
import dev.qadocs.model.Question;
import dev.qadocs.model.QuickFire;
import dev.qadocs.model.Section;
import dev.qadocs.model.SectionKind;
import dev.qadocs.model.Site;
import dev.qadocs.model.SiteConfig;
import dev.qadocs.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Builds model records by hand, so stages after the parser can be tested on exactly the shapes they need.
 * Ids follow GitHub's rules closely enough for tests: lowercase, punctuation dropped, spaces to hyphens.
 */
public final class ModelFixtures {

    private static final SourcePosition HERE = SourcePosition.of("fixture.md", 1);

    private ModelFixtures() {
    }

    public static Site site(String name, Page... pages) {
        return new Site(SiteConfig.named(name), List.of(pages));
    }

    public static Site site(SiteConfig config, Page... pages) {
        return new Site(config, List.of(pages));
    }

    public static SiteConfig config(String name, String summary, String baseUrl) {
        return new SiteConfig(name, summary, Optional.ofNullable(baseUrl));
    }

    public static Page page(String path, String title, Category... categories) {
        return page(path, title, "", "", categories);
    }

    public static Page page(String path, String title, String description, String intro, Category... categories) {
        FrontMatter meta = new FrontMatter(title, description, Optional.empty(), OptionalInt.empty(),
                Map.of());
        return new Page(path, meta, intro, List.of(), List.of(categories), List.of(), List.of(),
                SourcePosition.of(path, 1));
    }

    public static Category category(String title, Entry... entries) {
        return categoryWithIntro(title, "", entries);
    }

    public static Category categoryWithIntro(String title, String intro, Entry... entries) {
        return new Category(title, slug(title), intro, List.of(), List.of(entries), HERE);
    }

    public static Question question(int number, String title, Section... sections) {
        return new Question(OptionalInt.of(number), title, slug(number + ". " + title), List.of(sections), HERE);
    }

    public static Question question(String title, Section... sections) {
        return new Question(OptionalInt.empty(), title, slug(title), List.of(sections), HERE);
    }

    public static Passage passage(String title, String markdown) {
        return new Passage(title, slug(title), markdown, List.of(), false, HERE);
    }

    /** @param headingIds the anchor ids of the headings in {@code markdown}, as the parser gives them */
    public static Prose answer(String markdown, String... headingIds) {
        return new Prose(SectionKind.ANSWER, SectionKind.ANSWER.defaultLabel(), "", markdown, List.of(headingIds), HERE);
    }

    public static Prose prose(SectionKind kind, String markdown) {
        return new Prose(kind, kind.defaultLabel(), "", markdown, List.of(), HERE);
    }

    /** Pairs given as question, answer, question, answer... */
    public static QuickFire quickFire(String... questionsAndAnswers) {
        List<QuickFire.Pair> pairs = new ArrayList<>();
        StringBuilder markdown = new StringBuilder();
        for (int i = 0; i + 1 < questionsAndAnswers.length; i += 2) {
            pairs.add(new QuickFire.Pair(questionsAndAnswers[i], questionsAndAnswers[i + 1], HERE));
            markdown.append("**Q:** ").append(questionsAndAnswers[i]).append("\n**A:** ")
                    .append(questionsAndAnswers[i + 1]).append("\n\n");
        }
        return new QuickFire("Quick-fire", "", markdown.toString().strip(), List.of(), pairs, HERE);
    }

    /** References given as title, url, title, url...; a null url is a reference without a link. */
    public static FurtherReading reading(String... titlesAndUrls) {
        List<FurtherReading.Reference> references = new ArrayList<>();
        StringBuilder markdown = new StringBuilder();
        for (int i = 0; i + 1 < titlesAndUrls.length; i += 2) {
            String title = titlesAndUrls[i];
            Optional<String> url = Optional.ofNullable(titlesAndUrls[i + 1]);
            references.add(new FurtherReading.Reference(title, url, HERE));
            markdown.append("- ").append(url.map(u -> "[" + title + "](" + u + ")").orElse(title)).append('\n');
        }
        return new FurtherReading("Further reading", "", markdown.toString().strip(), List.of(), references, HERE);
    }

    public static GlossaryTerm glossary(String term, String markdown) {
        return new GlossaryTerm(term, "Glossary", "", markdown, List.of(), HERE);
    }

    public static Callout callout(Callout.Type type, String markdown) {
        String label = type.id().substring(0, 1).toUpperCase(Locale.ROOT) + type.id().substring(1);
        return new Callout(type, label, "", markdown, List.of(), HERE);
    }

    /** GitHub-style anchor id. */
    public static String slug(String text) {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        StringBuilder id = new StringBuilder();
        for (char c : lower.toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                id.append(c);
            } else if (c == ' ') {
                id.append('-');
            }
        }
        return id.toString();
    }
}
