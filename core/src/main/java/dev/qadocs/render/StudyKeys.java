package dev.qadocs.render;

import dev.qadocs.model.Page;
import dev.qadocs.model.Question;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The id study mode stores a reader's marks under: a hash of the page's path and the question's title, without
 * its number. Anchors hold the number, so they change when questions are reordered and renumbered; the title
 * and the page do not. A title repeated in a page is told apart by its occurrence, so only retitling a question
 * or renaming its file forgets its mark.
 */
final class StudyKeys {

    private StudyKeys() {
    }

    /** Compiled once: {@link String#replaceAll} compiled it again for every question of the site, twice a build. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    static Map<Question, String> of(Page page) {
        Map<Question, String> keys = new IdentityHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        // One digest per page (digest() resets it) instead of a provider look-up per question.
        MessageDigest sha256 = sha256();
        for (Question question : page.questions()) {
            String title = WHITESPACE.matcher(question.title().strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
            int occurrence = seen.merge(title, 1, Integer::sum);
            String text = page.slug() + "\n" + title + (occurrence > 1 ? "\n" + occurrence : "");
            keys.put(question, HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)), 0, 5));
        }
        return keys;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
