package dev.qadocs.write;

/**
 * Two outputs of one build have the same name and different content: a content file named like a generated one
 * ({@code llms.txt}, {@code 404.html}), or a page whose name another output already takes. Which one survived
 * would depend on thread timing, so the build stops instead.
 */
public final class OutputCollisionException extends IllegalStateException {

    private final String path;

    public OutputCollisionException(String path) {
        super("two outputs of the build are both named " + path);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
