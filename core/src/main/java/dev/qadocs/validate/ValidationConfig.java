package dev.qadocs.validate;

import dev.qadocs.diagnostic.Severity;
import dev.qadocs.validate.external.ExternalLinkOptions;

import java.util.Map;

/**
 * How strict validation is.
 *
 * @param severities    rule id to severity, overriding each rule's default ({@link Severity#OFF} silences a rule);
 *                      applies to every stage's rules ({@code unclosed-tag}, {@code output-collision}…) alike
 * @param failOnWarning treat warnings as failures
 * @param siteRoot      the URL path the site is published under, e.g. {@code /resources/interview-questions/}:
 *                      root-relative links ({@code /resources/interview-questions/rag}) are pages of this site
 *                      when they start with it; always starts and ends with {@code /}
 * @param externalLinks whether and how http(s) links are fetched
 */
public record ValidationConfig(Map<String, Severity> severities, boolean failOnWarning, String siteRoot,
                               ExternalLinkOptions externalLinks) {

    public ValidationConfig {
        severities = Map.copyOf(severities);
        siteRoot = normalizeRoot(siteRoot);
    }

    public ValidationConfig(Map<String, Severity> severities, boolean failOnWarning) {
        this(severities, failOnWarning, "/", ExternalLinkOptions.off());
    }

    public static ValidationConfig defaults() {
        return new ValidationConfig(Map.of(), false);
    }

    public ValidationConfig withSiteRoot(String root) {
        return new ValidationConfig(severities, failOnWarning, root, externalLinks);
    }

    public ValidationConfig withExternalLinks(ExternalLinkOptions options) {
        return new ValidationConfig(severities, failOnWarning, siteRoot, options);
    }

    private static String normalizeRoot(String root) {
        String trimmed = root == null ? "" : root.trim();
        String leading = trimmed.startsWith("/") ? trimmed : "/" + trimmed;
        return leading.endsWith("/") ? leading : leading + "/";
    }
}
