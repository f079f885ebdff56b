package dev.qadocs.parse;

import dev.qadocs.diagnostic.RuleDescriptor;

import java.util.List;

/** The rules the parse stage reports; the registry lists them so they can be configured and described. */
public final class ParseRules {

    public static final RuleDescriptor UNCLOSED_TAG = RuleDescriptor.error("unclosed-tag",
            "A component tag such as <Accordion> is opened but never closed.");
    public static final RuleDescriptor MISMATCHED_TAG =
            RuleDescriptor.error("mismatched-tag", "A closing tag does not match the tag that is open.");
    public static final RuleDescriptor NESTING_DEPTH = RuleDescriptor.error("nesting-depth",
            "Components nest deeper than qadocs reads; the deeper tags are text.");
    public static final RuleDescriptor FRONT_MATTER =
            RuleDescriptor.error("front-matter", "The YAML front matter cannot be read.");

    public static final List<RuleDescriptor> ALL = List.of(UNCLOSED_TAG, MISMATCHED_TAG, NESTING_DEPTH, FRONT_MATTER);

    private ParseRules() {
    }
}
