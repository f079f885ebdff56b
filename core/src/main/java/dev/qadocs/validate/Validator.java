package dev.qadocs.validate;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.model.Site;

import java.util.List;

/** Checks structure and links over the whole model. Placeholder until the validation issue lands its rules. */
public final class Validator {

    private final ValidationConfig config;

    public Validator(ValidationConfig config) {
        this.config = config;
    }

    public List<Diagnostic> validate(Site site) {
        return List.of();
    }
}
