package dev.qadocs.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Short texts drawn from an alphabet of edge characters, for tests that hold a scan to the regex it replaced. */
final class RandomTexts {

    private RandomTexts() {
    }

    /** {@code count} texts of fewer than {@code maxLength} characters, the same ones for the same seed. */
    static List<String> of(String alphabet, int maxLength, int count, long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(maxLength); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
