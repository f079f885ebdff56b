package dev.qadocs.serve;

import dev.qadocs.write.StagedOutput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The built site as the server sees it: turns a decoded request path into a file, and refuses every path that
 * would leave the folder. Dot segments are refused outright rather than normalised away, and the real path of
 * what is found must still lie inside, so a symbolic link cannot lead out either.
 */
final class SiteFolder {

    private final Path root;

    SiteFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** @param path the request path, percent-decoded, starting with {@code /} */
    Lookup lookup(String path) {
        if (!path.startsWith("/")) {
            return Lookup.forbidden();
        }
        Path file = root;
        for (String segment : path.split("/")) {
            if (segment.equals(".") || segment.equals("..") || segment.indexOf('\\') >= 0 || segment.indexOf('\0') >= 0) {
                return Lookup.forbidden();
            }
            if (segment.equals(StagedOutput.MARKER)) {
                return Lookup.notFound();
            }
            if (!segment.isEmpty()) {
                file = file.resolve(segment);
            }
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                // Relative links in the page only resolve against a folder URL that ends in a slash.
                return new Lookup(Lookup.Outcome.REDIRECT, null);
            }
            file = file.resolve("index.html");
        }
        return inside(file);
    }

    /** The site's own 404 page, when the theme made one. */
    Lookup notFoundPage() {
        return inside(root.resolve("404.html"));
    }

    private Lookup inside(Path file) {
        if (!Files.isRegularFile(file)) {
            return Lookup.notFound();
        }
        try {
            return file.toRealPath().startsWith(root.toRealPath()) ? Lookup.found(file) : Lookup.forbidden();
        } catch (IOException e) {
            return Lookup.notFound();
        }
    }

    /** What a request path leads to; {@code file} is set when found. REDIRECT means: the same path with a slash. */
    record Lookup(Outcome outcome, Path file) {

        enum Outcome { FOUND, REDIRECT, FORBIDDEN, NOT_FOUND }

        static Lookup found(Path file) {
            return new Lookup(Outcome.FOUND, file);
        }

        static Lookup forbidden() {
            return new Lookup(Outcome.FORBIDDEN, null);
        }

        static Lookup notFound() {
            return new Lookup(Outcome.NOT_FOUND, null);
        }
    }
}
