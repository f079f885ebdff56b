package dev.qadocs.validate;

import dev.qadocs.validate.external.ExternalLink;
import dev.qadocs.validate.links.BrokenAnchor;
import dev.qadocs.validate.links.BrokenLink;
import dev.qadocs.validate.links.MalformedUrl;
import dev.qadocs.validate.links.MissingAsset;
import dev.qadocs.validate.structure.DuplicateAnchor;
import dev.qadocs.validate.structure.DuplicateNumber;
import dev.qadocs.validate.structure.DuplicateTitle;
import dev.qadocs.validate.structure.EmptyCategory;
import dev.qadocs.validate.structure.EmptySection;
import dev.qadocs.validate.structure.HeadingLevel;
import dev.qadocs.validate.structure.MissingAnswer;
import dev.qadocs.validate.structure.MissingTitle;
import dev.qadocs.validate.structure.Numbering;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every rule qadocs knows: the validator's rules, which it runs, and the load and parse stages' rules, which
 * it only configures. One list, so reports, documentation and configuration checks agree on the ids.
 */
public final class RuleRegistry {

    /** Reported while loading and parsing; listed here so they can be configured and described. */
    private static final List<RuleDescriptor> PARSE_RULES = List.of(
            RuleDescriptor.error("unclosed-tag", "A component tag such as <Accordion> is opened but never closed."),
            RuleDescriptor.error("mismatched-tag", "A closing tag does not match the tag that is open."),
            RuleDescriptor.error("nesting-depth", "Components nest deeper than qadocs reads; the deeper tags are text."),
            RuleDescriptor.error("front-matter", "The YAML front matter cannot be read."),
            RuleDescriptor.error("invalid-utf8", "A page is not valid UTF-8."),
            RuleDescriptor.error("binary-file", "A file with a page extension holds binary data and is skipped."),
            RuleDescriptor.error("config", "qadocs.yml cannot be read or has a wrong value."),
            RuleDescriptor.error("unreadable", "A content file cannot be read from disk."));

    private final List<Rule> rules;

    public RuleRegistry(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The built-in rules, configured from {@code config} (site root, online link check). */
    public static RuleRegistry standard(ValidationConfig config) {
        String root = config.siteRoot();
        return new RuleRegistry(List.of(
                new MissingTitle(), new MissingAnswer(), new EmptySection(), new EmptyCategory(),
                new DuplicateNumber(), new Numbering(), new DuplicateTitle(), new DuplicateAnchor(),
                new HeadingLevel(),
                new MalformedUrl(root), new BrokenLink(root), new BrokenAnchor(root), new MissingAsset(root),
                new ExternalLink(root, config.externalLinks(), Clock.systemUTC())));
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Every rule's descriptor, the parser's included, sorted by id. */
    public List<RuleDescriptor> descriptors() {
        return Stream.concat(rules.stream().map(Rule::descriptor), PARSE_RULES.stream())
                .sorted(Comparator.comparing(RuleDescriptor::id))
                .toList();
    }

    /** The ids in {@code configured} that name no rule: a typo there would otherwise silently do nothing. */
    public Set<String> unknown(Set<String> configured) {
        Set<String> unknown = new TreeSet<>(configured);
        descriptors().forEach(d -> unknown.remove(d.id()));
        return unknown;
    }
}
