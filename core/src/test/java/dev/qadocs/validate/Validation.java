package dev.qadocs.validate;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.model.Site;

import java.util.List;

/** Runs the validator's rules as a build would and renders findings as {@code path:line:col rule} for assertions. */
public final class Validation {

    private Validation() {
    }

    public static List<String> findings(Site site) {
        return findings(site, ValidationConfig.defaults());
    }

    public static List<String> findings(Site site, ValidationConfig config) {
        return new Validator(config).validate(site).stream().map(Validation::located).toList();
    }

    /** Only the findings of one rule, so a test of it is not disturbed by the others. */
    public static List<String> findings(Site site, String rule) {
        return findings(site).stream().filter(f -> f.endsWith(" " + rule)).toList();
    }

    public static String located(Diagnostic d) {
        return d.position() + " " + d.rule();
    }
}
