package dev.qadocs.llms;

import dev.qadocs.model.Callout;
import dev.qadocs.model.Category;
import dev.qadocs.model.Entry;
import dev.qadocs.model.FurtherReading;
import dev.qadocs.model.GlossaryTerm;
import dev.qadocs.model.Page;
import dev.qadocs.model.Passage;
import dev.qadocs.model.Question;
import dev.qadocs.model.QuickFire;
import dev.qadocs.model.Section;
import dev.qadocs.markdown.Markdown;
import dev.qadocs.markdown.PageLinks;
import dev.qadocs.markdown.SafeUrls;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A page as clean Markdown, made from the model rather than copied from the source: no front matter, no MDX
 * components, one shape for every input ({@code #} title, {@code ##} category, {@code ###} question, bold section
 * labels). Question headings keep their text, so GitHub-style anchors into the twin still work.
 */
final class PageMarkdown {

    /** The model's callout types as GitHub alerts; CHECK has no alert of its own and reads best as a tip. */
    private static final Map<Callout.Type, String> ALERTS = Map.of(
            Callout.Type.NOTE, "NOTE", Callout.Type.TIP, "TIP", Callout.Type.INFO, "IMPORTANT",
            Callout.Type.WARNING, "WARNING", Callout.Type.CHECK, "TIP", Callout.Type.DANGER, "CAUTION");

    /**
     * What follows a {@code (}, {@code <} or {@code ]:} where a Markdown link target or link definition may start
     * with a scheme other than http(s), mailto or tel, or with a character reference that could spell one: an
     * over-wide net, the parse decides. Tried only where one of the {@link #OPENERS} is, found by
     * {@link String#indexOf}: a pattern that looked for them itself tried three alternatives at every character of
     * the site, and was most of what the twins cost.
     */
    private static final Pattern OTHER_SCHEME_AFTER_OPENER = Pattern.compile(
            "[\\x00-\\x20]*+<?(?:&|(?!(?i:https?|mailto|tel):)[a-zA-Z][a-zA-Z0-9+.-]*+:)");

    /** What may stand before a link target: an inline link's or an autolink's opener, a definition's colon. */
    private static final List<String> OPENERS = List.of("(", "<", "]:");

    private final StringBuilder out = new StringBuilder();

    private PageMarkdown() {
    }

    static String of(Page page) {
        PageMarkdown markdown = new PageMarkdown();
        markdown.page(page);
        return markdown.out.toString();
    }

    private void page(Page page) {
        out.append("# ").append(page.title()).append('\n');
        if (!page.meta().description().isBlank()) {
            block("> " + page.meta().description());
        }
        block(page.intro());
        for (Category category : page.categories()) {
            if (!category.title().isEmpty()) {
                block("## " + category.title());
            }
            block(category.intro());
            category.entries().forEach(this::entry);
        }
    }

    private void entry(Entry entry) {
        if (entry instanceof Passage passage) {
            if (!passage.title().isEmpty()) {
                block("### " + passage.title());
            }
            block(passage.markdown());
            return;
        }
        Question question = (Question) entry;
        block("### " + question.displayTitle());
        question.sections().forEach(this::section);
    }

    private void section(Section section) {
        if (section instanceof Callout callout) {
            block(("[!" + ALERTS.get(callout.type()) + "]\n" + callout.markdown().strip())
                    .lines().map(line -> line.isEmpty() ? ">" : "> " + line)
                    .collect(Collectors.joining("\n")));
            return;
        }
        String label = section instanceof GlossaryTerm term ? term.heading() : section.label();
        if (!label.isEmpty()) {
            block("**" + label + ":**");
        }
        if (section instanceof QuickFire quickFire && !quickFire.pairs().isEmpty()) {
            StringBuilder pairs = new StringBuilder();
            for (QuickFire.Pair pair : quickFire.pairs()) {
                pairs.append("- **Q:** ").append(indent(pair.question())).append("\n  **A:** ")
                        .append(indent(pair.answer())).append('\n');
            }
            block(pairs.toString());
        } else if (section instanceof FurtherReading reading && !reading.references().isEmpty()) {
            StringBuilder items = new StringBuilder();
            for (FurtherReading.Reference reference : reading.references()) {
                items.append("- ").append(reference.url().filter(SafeUrls::isSafe)
                        .map(url -> "[" + reference.title() + "](" + SafeUrls.asBrowserReads(url) + ")")
                        .orElse(reference.title())).append('\n');
            }
            block(items.toString());
        } else {
            block(section.markdown());
        }
    }

    /** Continuation lines of a list item need two spaces to stay in the item. */
    private static String indent(String markdown) {
        return markdown.strip().replace("\n", "\n  ");
    }

    /**
     * Appends a block separated by one blank line. Links to {@code x.mdx} sources point at their twins
     * ({@code x.md}); {@code .md} links already do. A link whose target is not {@link SafeUrls#isSafe safe} is
     * made {@code #}, as the HTML page drops it. Parsing is the expensive part, so only blocks that mention
     * {@code .mdx} or hold a link target that may have another scheme are parsed.
     */
    private void block(String markdown) {
        String text = markdown.strip();
        if (text.isEmpty()) {
            return;
        }
        boolean parse = mentionsMdx(text) || mayHaveOtherScheme(text);
        out.append('\n').append(parse ? Markdown.rewriteLinks(text, PageMarkdown::twinTarget) : text).append('\n');
    }

    /** Whether {@code .mdx} appears in any case, without a lower-cased copy of every block. */
    private static boolean mentionsMdx(String text) {
        for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            if (text.regionMatches(true, dot + 1, "mdx", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayHaveOtherScheme(String text) {
        Matcher afterOpener = OTHER_SCHEME_AFTER_OPENER.matcher(text);
        for (String opener : OPENERS) {
            for (int at = text.indexOf(opener); at >= 0; at = text.indexOf(opener, at + 1)) {
                if (afterOpener.region(at + opener.length(), text.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String twinTarget(String url) {
        return SafeUrls.isSafe(Escaping.unescapeString(url)) ? PageLinks.toMarkdown(url) : "#";
    }
}
