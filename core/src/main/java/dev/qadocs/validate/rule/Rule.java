package dev.qadocs.validate.rule;

import dev.qadocs.diagnostic.RuleDescriptor;

/**
 * One check over the model. A rule only finds things: which rules run, and how loud each finding is, is decided
 * from the rule's default severity and the user's configuration, above this package.
 */
public interface Rule {

    RuleDescriptor descriptor();

    void check(ValidationContext context, Findings findings);

    default String id() {
        return descriptor().id();
    }
}
