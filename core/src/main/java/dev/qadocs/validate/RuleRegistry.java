package dev.qadocs.validate;

import dev.qadocs.diagnostic.PageFailure;
import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.load.LoadRules;
import dev.qadocs.parse.ParseRules;
import dev.qadocs.validate.external.ExternalLink;
import dev.qadocs.validate.links.BrokenAnchor;
import dev.qadocs.validate.links.BrokenLink;
import dev.qadocs.validate.links.MalformedUrl;
import dev.qadocs.validate.links.MissingAsset;
import dev.qadocs.validate.rule.Rule;
import dev.qadocs.validate.structure.DuplicateAnchor;
import dev.qadocs.validate.structure.DuplicateNumber;
import dev.qadocs.validate.structure.DuplicateTitle;
import dev.qadocs.validate.structure.EmptyCategory;
import dev.qadocs.validate.structure.EmptySection;
import dev.qadocs.validate.structure.HeadingLevel;
import dev.qadocs.validate.structure.MissingAnswer;
import dev.qadocs.validate.structure.MissingTitle;
import dev.qadocs.validate.structure.Numbering;
import dev.qadocs.write.OutputCollisionException;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every rule qadocs knows: the validator's rules, which it runs, and the rules the load, parse and write stages
 * report, which it only lists. One list, so configuration checks, reports and documentation agree on the ids.
 */
public final class RuleRegistry {

    /** Each stage owns its rules; they are listed here so that every id can be configured and described. */
    private static final List<RuleDescriptor> STAGE_RULES = Stream.of(LoadRules.ALL, ParseRules.ALL,
            List.of(OutputCollisionException.RULE, PageFailure.RULE)).flatMap(List::stream).toList();

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

    /** The rules the validator runs. */
    public List<Rule> rules() {
        return rules;
    }

    /** Every rule's descriptor, the other stages' included, sorted by id. */
    public List<RuleDescriptor> descriptors() {
        return Stream.concat(rules.stream().map(Rule::descriptor), STAGE_RULES.stream())
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
