package dev.qadocs.write;

import dev.qadocs.diagnostic.RuleDescriptor;

/**
 * Two outputs of one build have the same name and different content: a content file named like a generated one
 * ({@code llms.txt}, {@code 404.html}), or a page whose name another output already takes. Which one survived
 * would depend on thread timing, so the build stops instead.
 */
public final class OutputCollisionException extends IllegalStateException {

    /** The rule a collision is reported under, at the content file to rename. */
    public static final RuleDescriptor RULE = RuleDescriptor.error("output-collision",
            "Two outputs of the build would have the same name, e.g. a content file named like a generated one.");

    private final String path;

    public OutputCollisionException(String path) {
        super("two outputs of the build are both named " + path);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
