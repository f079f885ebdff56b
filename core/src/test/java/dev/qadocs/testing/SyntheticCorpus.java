package dev.qadocs.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a large qadocs content folder of generated text, for benchmarks and scale tests: {@code pages} pages of
 * {@code questionsPerPage} questions each, ten questions to a category, every question with an answer, a red
 * flag and follow-ups, and a link to the next page so link checking has work to do.
 */
public final class SyntheticCorpus {

    private SyntheticCorpus() {
    }

    public static Path write(Path dir, int pages, int questionsPerPage) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("qadocs.yml"), "name: Synthetic bank\nsummary: Generated questions for scale tests.\n");
        for (int page = 1; page <= pages; page++) {
            Files.writeString(dir.resolve(pageFile(page)), page(page, pages, questionsPerPage));
        }
        return dir;
    }

    public static String pageFile(int page) {
        return String.format("topic-%03d.md", page);
    }

    private static String page(int page, int pages, int questions) {
        StringBuilder md = new StringBuilder()
                .append("---\ntitle: Topic ").append(page).append("\ndescription: Generated topic number ")
                .append(page).append(".\norder: ").append(page).append("\n---\n\n")
                .append("Questions on generated topic ").append(page).append(".\n");
        for (int q = 1; q <= questions; q++) {
            if (q % 10 == 1) {
                md.append("\n## Area ").append(page).append('.').append(q / 10 + 1).append("\n");
            }
            int number = (page - 1) * questions + q;
            md.append("\n### ").append(number).append(". How does mechanism ").append(number).append(" behave under load?\n\n")
                    .append("**Answer:** Mechanism ").append(number).append(" keeps a bounded queue and sheds work when the ")
                    .append("queue is full, so latency stays flat while throughput saturates. See [the next topic](")
                    .append(pageFile(page % pages + 1)).append(").\n\n")
                    .append("- It measures queue depth every ").append(q).append(" milliseconds.\n")
                    .append("- It reports drops as a counter.\n\n")
                    .append("**Red flag answer:** Saying mechanism ").append(number).append(" never drops work.\n\n")
                    .append("**Follow-up questions:**\n- What happens at twice the load?\n- Which metric alerts first?\n");
        }
        return md.toString();
    }
}
