package dev.qadocs.render;

import java.util.List;

/**
 * What the templates see: the contract of a theme. {@code {{name}}} escapes; only the fields ending in
 * {@code Html} hold sanitized HTML, meant for {@code {{{name}}}}. Absent parts are {@code null} or empty, which
 * Mustache sections skip.
 */
public final class Views {

    private Views() {
    }

    /**
     * Shared by every template.
     *
     * @param root          relative path to the site root ({@code ./}, {@code ../}); prefix of every site URL
     * @param documentTitle the {@code <title>}: "Page · Site", or the site name alone
     * @param canonical     absolute URL of this file, or empty when the site has no base URL
     * @param markdownHref  the page's Markdown twin, empty outside pages
     */
    public record Layout(String root, String siteName, String siteSummary, String documentTitle,
                         String description, String canonical, Assets assets, List<NavPage> nav,
                         String markdownHref) {
    }

    /**
     * Hashed asset paths, relative to the root.
     *
     * @param searchScripts the search client's scripts, in the order they must run
     */
    public record Assets(String css, String js, String searchCss, List<String> searchScripts, String navJs,
                         String studyCss, String studyJs) {
    }

    /** {@code categories}: the page's titled categories when it is the page shown, else empty. */
    public record NavPage(String title, String href, boolean current, int questionCount,
                          List<NavCategory> categories) {

        /** Lets a template wrap the list only when there is one: a Mustache list section repeats, not tests. */
        public boolean hasCategories() {
            return !categories.isEmpty();
        }
    }

    public record NavCategory(String title, String href, int questionCount) {
    }

    /** The {@code *Text} fields are counted nouns ("1 question", "12 questions"). */
    public record Home(List<PageCard> pages, String pageCountText, String questionCountText) {
    }

    /** {@code studyKeys}: the study keys of the page's questions that are in no titled category. */
    public record PageCard(String title, String description, String href, String questionCountText,
                           List<CardCategory> categories, String studyKeys) {

        public boolean hasCategories() {
            return !categories.isEmpty();
        }
    }

    /** A category on the home page; {@code studyKeys} lists its questions' study keys, space-separated. */
    public record CardCategory(String title, String href, int questionCount, String studyKeys) {
    }

    /**
     * The links around a page's content: the pages before and after it in the navigation (null at either end)
     * and the page's source in the configured {@code editUrl} (empty without one).
     */
    public record Pager(Link previous, Link next, String editHref) {
    }

    public record Link(String title, String href) {
    }

    public record Page(String title, String description, String introHtml, String questionCountText,
                       List<Category> categories) {
    }

    public record Category(String title, String id, String introHtml, int questionCount, List<Entry> entries) {
    }

    /** Exactly one of the two is set. */
    public record Entry(Question question, Passage passage) {
    }

    /** {@code key} is the question's study key: stable across rebuilds and reordering, unlike {@code id}. */
    public record Question(String id, String number, String title, List<Section> sections, String key) {
    }

    /** {@code collapsible} passages render as a closed {@code <details>}, like the accordion they were written as. */
    public record Passage(String title, String id, String html, boolean collapsible) {
    }

    /**
     * One section; {@code kind} is the {@link dev.qadocs.model.SectionKind#id()}, {@code id} the anchor of the
     * heading that started it (empty for bold labels). At most one of the typed parts
     * is set, and {@code html} is empty when a typed part carries the whole body.
     */
    public record Section(String kind, String label, String id, String html, Glossary glossary, Callout callout,
                          QuickFire quickFire, Reading reading) {
    }

    public record Glossary(String term) {
    }

    public record Callout(String type) {
    }

    public record QuickFire(List<Pair> pairs) {
    }

    public record Pair(String questionHtml, String answerHtml) {
    }

    public record Reading(List<Reference> references) {
    }

    /** {@code href} is empty when the reference has no URL or one that is not safe to link. */
    public record Reference(String title, String href, String host) {
    }
}
