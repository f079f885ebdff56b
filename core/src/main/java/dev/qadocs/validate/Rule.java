package dev.qadocs.validate;

/**
 * One check over the model. A rule only finds things; the {@link Validator} decides how loud each finding is
 * from the rule's default severity and the user's configuration, and does not run rules that are off.
 */
public interface Rule {

    RuleDescriptor descriptor();

    void check(ValidationContext context, Findings findings);

    default String id() {
        return descriptor().id();
    }
}
