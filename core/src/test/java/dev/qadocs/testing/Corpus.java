package dev.qadocs.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared real-world fixtures ({@code ../shared/corpus} beside the project root) and our own content. */
public final class Corpus {

    private Corpus() {
    }

    /** The project root: Surefire passes it in; an IDE run falls back to walking up from the working folder. */
    public static Path projectRoot() {
        String fromBuild = System.getProperty("qadocs.projectRoot");
        if (fromBuild != null && !fromBuild.isBlank()) {
            return Path.of(fromBuild).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("site-content"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the project root from " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** {@code ../shared/corpus/mintlify}: llm-ai.mdx, react.mdx, frontend-engineering.mdx. */
    public static Path mintlify() {
        return projectRoot().resolveSibling("shared").resolve("corpus").resolve("mintlify");
    }

    public static Path mintlify(String file) {
        return mintlify().resolve(file);
    }

    /** Our own Q&amp;A bank, the sample site's content. */
    public static Path siteContent() {
        return projectRoot().resolve("site-content");
    }
}
