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

/**
 * The id study mode stores a reader's marks under: a hash of the page's path and the question's title, without
 * its number. Anchors hold the number, so they change when questions are reordered and renumbered; the title
 * and the page do not. A title repeated in a page is told apart by its occurrence, so only retitling a question
 * or renaming its file forgets its mark.
 */
final class StudyKeys {

    private StudyKeys() {
    }

    static Map<Question, String> of(Page page) {
        Map<Question, String> keys = new IdentityHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Question question : page.questions()) {
            String title = question.title().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            int occurrence = seen.merge(title, 1, Integer::sum);
            keys.put(question, hash(page.slug() + "\n" + title + (occurrence > 1 ? "\n" + occurrence : "")));
        }
        return keys;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
