package dev.qadocs.llms;

import dev.qadocs.model.Page;
import dev.qadocs.model.Question;
import dev.qadocs.model.Section;
import dev.qadocs.model.SectionKind;
import dev.qadocs.model.Site;
import dev.qadocs.model.SiteConfig;
import dev.qadocs.markdown.SiteMarkdown;
import dev.qadocs.markdown.SiteUrls;

/**
 * llms.txt as llmstxt.org describes it: an H1 name, a {@code >} summary, then one H2 section per page listing the
 * page (its Markdown twin) and a deep link to each of its questions with the gist of the answer, so a model can
 * pick the one question it needs. Links are relative unless the site has a base URL.
 */
final class LlmsIndex {

    /** Long enough for the gist of an answer, short enough that the index stays an index. */
    static final int GIST_LENGTH = 160;

    private LlmsIndex() {
    }

    static String header(SiteConfig config) {
        StringBuilder out = new StringBuilder("# ").append(oneLine(config.name())).append('\n');
        if (!config.summary().isBlank()) {
            out.append("\n> ").append(oneLine(config.summary())).append('\n');
        }
        return out.toString();
    }

    static String of(Site site, SiteMarkdown markdown) {
        SiteConfig config = site.config();
        StringBuilder out = new StringBuilder(header(config));
        out.append("\nEvery page is linked as clean Markdown; every question links into its HTML page.\n");
        for (Page page : site.pages()) {
            out.append("\n## ").append(oneLine(page.title())).append("\n\n");
            item(out, page.title(), SiteUrls.absoluteOrRelative(config, SiteUrls.markdown(page)),
                    page.meta().description());
            String html = SiteUrls.absoluteOrRelative(config, SiteUrls.html(page));
            for (Question question : page.questions()) {
                item(out, question.displayTitle(), html + "#" + question.id(), gist(question, markdown));
            }
        }
        return out.toString();
    }

    private static void item(StringBuilder out, String title, String url, String description) {
        out.append("- [").append(escapeLinkText(oneLine(title))).append("](").append(url).append(')');
        if (!description.isBlank()) {
            out.append(": ").append(oneLine(description));
        }
        out.append('\n');
    }

    /**
     * The first sentence of the answer's first paragraph (or the first section's), cut at a word near
     * {@link #GIST_LENGTH}; empty when the answer is only tables or code, which make no gist.
     */
    static String gist(Question question, SiteMarkdown markdown) {
        String text = question.firstOf(SectionKind.ANSWER)
                .or(() -> question.sections().stream().findFirst())
                .map(Section::markdown).map(markdown::firstParagraph).orElse("");
        int sentenceEnd = text.indexOf(". ");
        if (sentenceEnd > 0) {
            text = text.substring(0, sentenceEnd + 1);
        }
        if (text.length() <= GIST_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', GIST_LENGTH);
        return text.substring(0, cut > 0 ? cut : GIST_LENGTH) + "…";
    }

    /**
     * Every run of whitespace as one space, as {@code replaceAll("\\s+", " ")} does ({@code \s} is these six
     * characters), then stripped; by hand, as the pattern was a tenth of the stage on a site of 14,000 questions.
     */
    private static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = " \t\n\u000B\f\r".indexOf(c) >= 0;
            if (!space) {
                out.append(c);
            } else if (!inSpace) {
                out.append(' ');
            }
            inSpace = space;
        }
        return out.toString().strip();
    }

    private static String escapeLinkText(String text) {
        return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }
}
