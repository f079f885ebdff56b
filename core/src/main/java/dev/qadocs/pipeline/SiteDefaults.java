package dev.qadocs.pipeline;

import dev.qadocs.model.Page;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What a site is called, and summed up as, when {@code qadocs.yml} does not say: read from the pages, as a reader
 * skimming them would name the collection.
 */
final class SiteDefaults {

    private static final int SHOWN_TITLES = 4;

    private SiteDefaults() {
    }

    /**
     * One page: its title. Several: the words every title starts with ("Kubernetes: Pods", "Kubernetes: Jobs" give
     * "Kubernetes"), else the folder's name made readable ({@code interview-questions} gives "Interview questions").
     */
    static String name(List<Page> pages, Path folder) {
        if (pages.size() == 1) {
            return pages.get(0).title();
        }
        String shared = sharedStart(pages.stream().map(p -> p.title()).toList());
        return shared.isEmpty() ? readable(folder.getFileName() == null ? "qadocs" : folder.getFileName().toString())
                : shared;
    }

    /** One page: its description. Several: how many questions, on which pages. */
    static String summary(List<Page> pages) {
        if (pages.isEmpty()) {
            return "";
        }
        if (pages.size() == 1 && !pages.get(0).meta().description().isBlank()) {
            return pages.get(0).meta().description();
        }
        int questions = pages.stream().mapToInt(Page::questionCount).sum();
        // A summary is one line: four titles at most, then how many more.
        List<String> titles = pages.stream().map(p -> p.title()).limit(SHOWN_TITLES).toList();
        String last = pages.size() > SHOWN_TITLES ? (pages.size() - SHOWN_TITLES) + " more" : titles.get(titles.size() - 1);
        List<String> before = pages.size() > SHOWN_TITLES ? titles : titles.subList(0, titles.size() - 1);
        String list = before.isEmpty() ? last : String.join(", ", before) + " and " + last;
        return questions + (questions == 1 ? " question" : " questions") + " on " + list + ".";
    }

    private static String sharedStart(List<String> titles) {
        if (titles.isEmpty()) {
            return "";
        }
        String[] first = titles.get(0).split("\\s+");
        int words = first.length;
        for (String title : titles) {
            String[] these = title.split("\\s+");
            int same = 0;
            while (same < Math.min(words, these.length) && these[same].equalsIgnoreCase(first[same])) {
                same++;
            }
            words = same;
        }
        // A shared "The" or "What" names nothing; a name keeps at least one word of four letters or more.
        String start = String.join(" ", List.of(first).subList(0, words)).replaceAll("[\\s:—–|·-]+$", "").strip();
        return start.chars().filter(Character::isLetter).count() >= 4 && words < first.length ? start : "";
    }

    private static String readable(String folder) {
        String words = folder.replaceAll("^\\d+[-_. ]*", "").replaceAll("[-_.]+", " ").strip();
        if (words.isEmpty()) {
            words = folder;
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
