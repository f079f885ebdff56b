package dev.qadocs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Pages shaped like a real question bank: categories of numbered questions with typed sections, links to
 * questions of the same page and of other pages, an external link and inline code in every question.
 */
final class SyntheticCorpus {

    private static final int QUESTIONS_PER_CATEGORY = 10;

    private final int pages;
    private final int questions;

    SyntheticCorpus(int pages, int questions) {
        this.pages = pages;
        this.questions = questions;
    }

    /** {@code dir pages questions-per-page}: writes the corpus for {@code bench/build.sh}, which times whole processes. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        new SyntheticCorpus(Integer.parseInt(args[1]), Integer.parseInt(args[2])).writeTo(dir);
    }

    void writeTo(Path dir) throws IOException {
        Files.writeString(dir.resolve("qadocs.yml"), "name: Benchmark\n");
        for (int p = 0; p < pages; p++) {
            Files.writeString(dir.resolve(name(p)), page(p));
        }
    }

    private static String name(int page) {
        return String.format("topic-%03d.md", page);
    }

    private String page(int p) {
        StringBuilder text = new StringBuilder(questions * 600);
        text.append("---\ntitle: Topic ").append(p).append("\ndescription: Synthetic page ").append(p)
                .append("\n---\n\nAn introduction to topic ").append(p).append(".\n");
        for (int q = 1; q <= questions; q++) {
            if ((q - 1) % QUESTIONS_PER_CATEGORY == 0) {
                text.append("\n## Group ").append(q / QUESTIONS_PER_CATEGORY + 1).append("\n");
            }
            int other = (p + q) % pages;
            text.append("\n### ").append(q).append(". How does mechanism ").append(q).append(" of topic ")
                    .append(p).append(" work?\n\n")
                    .append("**Answer:** It keeps `state_").append(q).append("` in a table and reuses it. See ")
                    .append("[the previous question](#").append(Math.max(1, q - 1)).append("-how-does-mechanism-")
                    .append(Math.max(1, q - 1)).append("-of-topic-").append(p).append("-work) and ")
                    .append("[a related one](").append(name(other)).append("#").append(q).append("-how-does-mechanism-")
                    .append(q).append("-of-topic-").append(other).append("-work).\n\n")
                    .append("- It is cheap to build.\n- It is easy to test.\n\n")
                    .append("**What interviewers test:** Whether you can name the trade-off.\n\n")
                    .append("**Red flag answer:** \"It is always faster.\"\n\n")
                    .append("**Further reading:**\n- [Reference ").append(q).append("](https://example.org/ref/")
                    .append(q).append(")\n");
        }
        return text.toString();
    }
}
