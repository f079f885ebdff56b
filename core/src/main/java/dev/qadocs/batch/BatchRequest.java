package dev.qadocs.batch;

import dev.qadocs.diagnostic.Severity;
import dev.qadocs.model.QuestionUnit;
import dev.qadocs.pipeline.PipelineOptions;
import dev.qadocs.validate.RuleRegistry;
import dev.qadocs.validate.RuleSettings;
import dev.qadocs.validate.ValidationConfig;
import dev.qadocs.validate.external.ExternalLinkOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A one-shot {@code build} or {@code check} as it was asked for: the goal's parameters as given, not yet judged.
 * Judging them ({@link #pipelineOptions()}) is part of the run, so a bad setting reads the same whether the run
 * happens inside Maven or in a JVM of its own.
 *
 * @param goal              what to run
 * @param source            the content folder
 * @param output            the site folder; replaced whole, and only on success
 * @param templateDirectory files here override the default theme's files of the same name
 * @param siteName          overrides {@code name} from {@code qadocs.yml}
 * @param baseUrl           overrides {@code baseUrl} from {@code qadocs.yml}
 * @param editUrl           overrides {@code editUrl} from {@code qadocs.yml}
 * @param questions         how to read questions ({@code heading:3}…), unparsed
 * @param siteRoot          the URL path the site is published under
 * @param rules             rule id to severity name, as in the pom's {@code <rules>}; kept sorted, so a run reads
 *                          them in one order however they were collected
 * @param ruleOverrides     {@code rule=severity} pairs separated by commas, winning over {@code rules}
 * @param failOnWarning     warnings fail the run too
 * @param externalLinks     whether and how http(s) links are fetched
 * @param report            where {@code check} writes its SARIF report; {@code build} writes none
 */
public record BatchRequest(Goal goal, Path source, Path output, Optional<Path> templateDirectory,
                           Optional<String> siteName, Optional<String> baseUrl, Optional<String> editUrl,
                           Optional<String> questions, String siteRoot, Map<String, String> rules,
                           Optional<String> ruleOverrides, boolean failOnWarning, ExternalLinkOptions externalLinks,
                           Optional<Path> report) {

    /** The goals that run once and end, and so can run in a JVM of their own. */
    public enum Goal { BUILD, CHECK }

    /** A setting the run cannot be made with; the message names it and says what would do. */
    public static final class InvalidException extends Exception {

        InvalidException(String message) {
            super(message);
        }
    }

    public BatchRequest {
        rules = Collections.unmodifiableMap(new TreeMap<>(rules));
    }

    /** {@code goal} over {@code source} into {@code output} with every other setting at its default. */
    public static BatchRequest of(Goal goal, Path source, Path output) {
        return new BatchRequest(goal, source, output, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), "/", Map.of(), Optional.empty(), false, ExternalLinkOptions.off(),
                Optional.empty());
    }

    /** This request, for {@code check}: links fetched as {@code links} say, the SARIF report written to {@code file}. */
    public BatchRequest forCheck(ExternalLinkOptions links, Path file) {
        return new BatchRequest(Goal.CHECK, source, output, templateDirectory, siteName, baseUrl, editUrl, questions,
                siteRoot, rules, ruleOverrides, failOnWarning, links, Optional.of(file));
    }

    /** The pipeline's options, or why the settings cannot make them. */
    public PipelineOptions pipelineOptions() throws InvalidException {
        if (!Files.isDirectory(source)) {
            throw new InvalidException("qadocs: content folder " + source
                    + " does not exist; set <source> or -Dqadocs.source=DIR");
        }
        if (questions.isPresent() && QuestionUnit.parse(questions.get()).isEmpty()) {
            throw new InvalidException("qadocs: questions '" + questions.get() + "' is not a way to read questions; "
                    + "use one of " + QuestionUnit.FORMS);
        }
        return new PipelineOptions(source, output, templateDirectory, siteName, baseUrl, validation(), editUrl,
                questions);
    }

    private ValidationConfig validation() throws InvalidException {
        try {
            Map<String, Severity> severities = RuleSettings.parse(rules, ruleOverrides.orElse(null),
                    RuleRegistry.standard(ValidationConfig.defaults()));
            return new ValidationConfig(severities, failOnWarning).withSiteRoot(siteRoot)
                    .withExternalLinks(externalLinks);
        } catch (RuleSettings.InvalidException e) {
            throw new InvalidException("qadocs: " + e.getMessage());
        }
    }
}
