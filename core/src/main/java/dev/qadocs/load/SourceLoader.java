package dev.qadocs.load;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.model.SiteConfig;
import dev.qadocs.model.SourcePosition;
import dev.qadocs.write.StagedOutput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds and reads the content files of a folder. Pages are {@code *.md} and {@code *.mdx}; names starting with
 * {@code .} or {@code _} are private (drafts, partials, VCS folders) and skipped; everything else is an asset.
 */
public final class SourceLoader {

    /** Empty for a build, which reads every file as it is now. */
    private final Optional<RecentTexts> recent;

    public SourceLoader() {
        this(Optional.empty());
    }

    private SourceLoader(Optional<RecentTexts> recent) {
        this.recent = recent;
    }

    /**
     * For the preview, which loads the folder again on every save: a loader that reads again only files whose
     * size or modification time changed since it last loaded them.
     */
    public static SourceLoader remembering() {
        return new SourceLoader(Optional.of(new RecentTexts()));
    }

    public LoadResult load(Path contentDirectory) {
        Path root = contentDirectory.toAbsolutePath().normalize();
        List<Diagnostic> diagnostics = new ArrayList<>();
        String folderName = root.getFileName() == null ? "qadocs" : root.getFileName().toString();
        if (!Files.isDirectory(root)) {
            diagnostics.add(Diagnostic.error(SourcePosition.of(contentDirectory.toString(), 1), LoadRules.CONFIG.id(),
                    "content folder does not exist"));
            return new LoadResult(SiteConfig.named(folderName), List.of(), List.of(), diagnostics);
        }
        Instant now = Instant.now();
        Map<String, Listed> found = listPublicFiles(root);
        SiteConfig config = SiteConfig.named(folderName);
        List<SourceFile> pages = new ArrayList<>();
        List<String> assets = new ArrayList<>();
        for (Map.Entry<String, Listed> entry : found.entrySet()) {
            String relative = entry.getKey();
            Listed listed = entry.getValue();
            if (relative.equals(SiteConfigReader.FILE_NAME)) {
                config = readText(listed, relative, diagnostics, now)
                        .map(text -> SiteConfigReader.read(text, folderName, diagnostics::add))
                        .orElse(config);
            } else if (isPage(relative)) {
                readText(listed, relative, diagnostics, now)
                        .ifPresent(text -> pages.add(new SourceFile(relative, text)));
            } else {
                assets.add(relative);
            }
        }
        recent.ifPresent(texts -> texts.retain(found.values().stream().map(Listed::file).toList()));
        return new LoadResult(config, pages, assets, diagnostics);
    }

    private Optional<String> readText(Listed listed, String relative, List<Diagnostic> diagnostics, Instant now) {
        Optional<String> remembered = recent.flatMap(texts -> texts.get(listed.file(), listed.attributes()));
        if (remembered.isPresent()) {
            return remembered;
        }
        Optional<String> text = readText(listed.file(), relative, diagnostics);
        text.ifPresent(read -> recent.ifPresent(texts -> texts.put(listed.file(), listed.attributes(), read, now)));
        return text;
    }

    private static Optional<String> readText(Path file, String relative, List<Diagnostic> diagnostics) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(SourcePosition.of(relative, 1), LoadRules.UNREADABLE.id(), "cannot read file: " + e.getMessage()));
            return Optional.empty();
        }
        StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes);
        if (!decoded.ok()) {
            diagnostics.add(Diagnostic.error(SourcePosition.of(relative, decoded.line()), decoded.rule(), decoded.message()));
            return Optional.empty();
        }
        return Optional.of(decoded.text());
    }

    private static boolean isPage(String relative) {
        String lower = relative.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".mdx");
    }

    private static boolean isPrivate(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.startsWith("_");
    }

    private static String relativeName(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    /** A file found in the content folder, with the attributes the walk read anyway. */
    private record Listed(Path file, BasicFileAttributes attributes) {
    }

    /**
     * By relative path, sorted, so every later stage sees the same order on every machine. Keyed by the name rather
     * than sorted by a comparator that would relativize both paths on every comparison.
     */
    private static Map<String, Listed> listPublicFiles(Path root) {
        Map<String, Listed> files = new TreeMap<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    // A folder qadocs built (an old output left inside the content) is a site, not content.
                    boolean skipped = !dir.equals(root)
                            && (isPrivate(dir) || Files.exists(dir.resolve(StagedOutput.MARKER)));
                    return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isPrivate(file)) {
                        files.put(relativeName(root, file), new Listed(file, attrs));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        return files;
    }
}
