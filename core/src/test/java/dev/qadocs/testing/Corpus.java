package dev.qadocs.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared real-world fixtures ({@code ../shared/corpus} beside the project root) and our own content.
 * Every test that reads {@code ../shared} goes through {@link #shared}, so a clone without it gets one message
 * naming the missing folder instead of a {@code NoSuchFileException} per test ({@link SharedCorpusReport} prints
 * it once at the end of the run, since Surefire lists skipped tests without their reasons).
 */
public final class Corpus {

    /** How every missing-corpus message starts, so {@link SharedCorpusReport} can tell them from other skips. */
    static final String MISSING = "the shared test corpus ";

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
        return shared("corpus/mintlify");
    }

    public static Path mintlify(String file) {
        return mintlify().resolve(file);
    }

    /**
     * A folder of {@code ../shared}. When it is absent the calling test is skipped with a message naming it, except
     * in CI ({@code CI=true}, as CI services set it for {@code .ci/run}), where a missing corpus means a broken
     * checkout that would otherwise pass with every real-content test silently skipped.
     */
    public static Path shared(String folder) {
        return require(projectRoot(), folder, "true".equalsIgnoreCase(System.getenv("CI")));
    }

    static Path require(Path projectRoot, String folder, boolean ci) {
        Path shared = projectRoot.resolveSibling("shared");
        Path wanted = shared.resolve(folder);
        if (Files.isDirectory(wanted)) {
            return wanted;
        }
        String message = MISSING + wanted + " is missing: tests of real content read ../shared "
                + "beside the project root, here " + shared + "; put it there, or point -Dqadocs.projectRoot at a "
                + "checkout that has it";
        if (ci) {
            throw new AssertionError(message + ". CI=true, so this fails instead of skipping");
        }
        return Assumptions.abort(message);
    }

    /** Our own Q&amp;A bank, the sample site's content. */
    public static Path siteContent() {
        return projectRoot().resolve("site-content");
    }
}
