package dev.qadocs.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Refuses a build whose content and output folders overlap. Each build replaces its output folder whole, so
 * content inside the output would be deleted, content used as the output replaced, and an output inside the
 * content read back as content by the next build. Compared as the file system resolves them, links included.
 */
public final class FolderOverlap {

    private FolderOverlap() {
    }

    /** Why {@code source} and {@code output} cannot be used together, or empty when they are apart. */
    public static Optional<String> problem(Path source, Path output) throws IOException {
        Path content = resolved(source);
        Path site = resolved(output);
        if (content.equals(site)) {
            return Optional.of("the output folder " + output + " is the content folder: a build replaces its"
                    + " output whole, so choose another output folder");
        }
        if (content.startsWith(site)) {
            return Optional.of("the content folder " + source + " is inside the output folder " + output
                    + ": a build replaces its output whole, so choose an output folder outside the content");
        }
        if (site.startsWith(content)) {
            return Optional.of("the output folder " + output + " is inside the content folder " + source
                    + ": the next build would read the site back as content, so choose an output folder outside it");
        }
        if (Files.exists(content.resolve(StagedOutput.MARKER))) {
            return Optional.of("the content folder " + source + " holds " + StagedOutput.MARKER
                    + ": it is a site qadocs built, not content; point the source at the Markdown folder");
        }
        return Optional.empty();
    }

    /** The real path of the longest part of {@code path} that exists, followed by the rest as written. */
    private static Path resolved(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute));
    }
}
