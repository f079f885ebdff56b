package dev.qadocs.index;

import dev.qadocs.model.Category;
import dev.qadocs.model.Entry;
import dev.qadocs.model.FrontMatter;
import dev.qadocs.model.Page;
import dev.qadocs.model.Prose;
import dev.qadocs.model.QuickFire;
import dev.qadocs.model.Question;
import dev.qadocs.model.Section;
import dev.qadocs.model.SectionKind;
import dev.qadocs.model.Site;
import dev.qadocs.model.SiteConfig;
import dev.qadocs.model.SourcePosition;
import dev.qadocs.testing.Corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared Mintlify corpus as a site under {@code guide/}, read just well enough for search tests: {@code ##} headings are
 * categories, {@code <Accordion title>} blocks are questions whose text is one answer section plus their
 * {@code **Q:**} lines as quick-fire pairs.
 */
final class MintlifySites {

    static final List<String> PAGES = List.of("llm-ai.mdx", "react.mdx", "frontend-engineering.mdx");
    private static final Pattern ACCORDION = Pattern.compile("<Accordion title=\"([^\"]*)\"[^>]*>(.*?)</Accordion>", Pattern.DOTALL);
    private static final Pattern QUICK_FIRE = Pattern.compile("^\\*\\*Q:\\*\\*\\s*(.+)$", Pattern.MULTILINE);
    private static final Pattern NUMBER = Pattern.compile("^(\\d+)\\.\\s+");

    private MintlifySites() {
    }

    static Site corpus() throws IOException {
        List<Page> pages = new ArrayList<>();
        for (String file : PAGES) {
            pages.add(page("guide/" + file, Files.readString(Corpus.mintlify(file))));
        }
        return new Site(SiteConfig.named("Corpus"), pages);
    }

    private static Page page(String path, String text) {
        String title = text.lines().filter(l -> l.startsWith("title:")).findFirst().orElse("title: " + path)
                .substring(6).strip().replace("\"", "");
        List<Category> categories = new ArrayList<>();
        String[] parts = text.split("(?m)^## ");
        for (int i = 1; i < parts.length; i++) {
            String heading = parts[i].lines().findFirst().orElse("").strip();
            List<Entry> entries = new ArrayList<>();
            Matcher accordion = ACCORDION.matcher(parts[i]);
            while (accordion.find()) {
                entries.add(question(path, accordion.group(1), accordion.group(2)));
            }
            categories.add(new Category(heading, slug(heading), "", entries, SourcePosition.of(path, 1)));
        }
        return new Page(path, FrontMatter.titled(title), "", categories, List.of(), List.of(), SourcePosition.of(path, 1));
    }

    private static Question question(String path, String heading, String body) {
        SourcePosition at = SourcePosition.of(path, 1);
        Matcher number = NUMBER.matcher(heading);
        boolean numbered = number.find();
        String title = numbered ? heading.substring(number.end()) : heading;
        List<Section> sections = new ArrayList<>();
        sections.add(new Prose(SectionKind.ANSWER, "Answer", body.replaceAll("</?[A-Z][A-Za-z]*[^>]*>", ""), at));
        List<QuickFire.Pair> pairs = new ArrayList<>();
        Matcher q = QUICK_FIRE.matcher(body);
        while (q.find()) {
            pairs.add(new QuickFire.Pair(q.group(1).strip(), "", at));
        }
        if (!pairs.isEmpty()) {
            sections.add(new QuickFire("Quick-fire", "", pairs, at));
        }
        OptionalInt n = numbered ? OptionalInt.of(Integer.parseInt(number.group(1))) : OptionalInt.empty();
        return new Question(n, title, slug(heading), sections, at);
    }

    /** GitHub's heading anchors: lowercase, punctuation dropped, spaces to hyphens. */
    static String slug(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}
