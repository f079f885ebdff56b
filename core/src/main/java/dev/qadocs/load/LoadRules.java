package dev.qadocs.load;

import dev.qadocs.diagnostic.RuleDescriptor;

import java.util.List;

/** The rules the load stage reports; the registry lists them so they can be configured and described. */
public final class LoadRules {

    public static final RuleDescriptor CONFIG =
            RuleDescriptor.error("config", "qadocs.yml cannot be read or has a wrong value.");
    public static final RuleDescriptor INVALID_UTF8 =
            RuleDescriptor.error("invalid-utf8", "A page is not valid UTF-8.");
    public static final RuleDescriptor BINARY_FILE =
            RuleDescriptor.error("binary-file", "A file with a page extension holds binary data and is skipped.");
    public static final RuleDescriptor UNREADABLE =
            RuleDescriptor.error("unreadable", "A content file cannot be read from disk.");

    public static final List<RuleDescriptor> ALL = List.of(CONFIG, INVALID_UTF8, BINARY_FILE, UNREADABLE);

    private LoadRules() {
    }
}
