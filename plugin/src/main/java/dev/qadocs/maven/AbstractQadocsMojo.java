package dev.qadocs.maven;

import dev.qadocs.parse.QuestionUnit;
import dev.qadocs.pipeline.PipelineFailedException;
import dev.qadocs.pipeline.PipelineOptions;
import dev.qadocs.pipeline.PipelineResult;
import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.diagnostic.Tally;
import dev.qadocs.diagnostic.Severity;
import dev.qadocs.validate.RuleDescriptor;
import dev.qadocs.validate.RuleRegistry;
import dev.qadocs.validate.ValidationConfig;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every goal shares: the parameters, their translation into {@link PipelineOptions}, and the mapping of
 * diagnostics onto the Maven log. The goals also run without a pom, so every parameter has a property and
 * a default that does not need a project.
 */
abstract class AbstractQadocsMojo extends AbstractMojo {

    /** The content folder: Markdown and MDX pages and an optional {@code qadocs.yml}. */
    @Parameter(property = "qadocs.source", defaultValue = "${basedir}/src/site/qadocs")
    protected File source;

    /** Where the site is written; replaced whole on success, untouched on failure. */
    @Parameter(property = "qadocs.output", defaultValue = "${project.build.directory}/qadocs")
    protected File output;

    /** Files here replace the default theme's files of the same name ({@code page.mustache}, {@code assets/qadocs.css}…). */
    @Parameter(property = "qadocs.templateDirectory")
    protected File templateDirectory;

    /** Overrides the site name from {@code qadocs.yml}. */
    @Parameter(property = "qadocs.siteName")
    protected String siteName;

    /** Absolute URL the site is published at: adds canonical links, sitemap.xml and absolute llms.txt links. */
    @Parameter(property = "qadocs.baseUrl")
    protected String baseUrl;

    /**
     * How to read the questions of pages whose front matter does not say: {@code auto} (detect per page, the
     * default), {@code heading:N}, {@code details}, {@code accordion}, {@code admonition} or {@code bold}.
     * Wins over {@code questions} in {@code qadocs.yml}.
     */
    @Parameter(property = "qadocs.questions")
    protected String questions;

    /**
     * The URL path the site is published under, e.g. {@code /resources/interview-questions/}: root-relative links
     * below it are links to pages of this site and are checked; other root-relative links are left alone.
     */
    @Parameter(property = "qadocs.siteRoot", defaultValue = "/")
    protected String siteRoot;

    /** Rule id to {@code error}, {@code warning} or {@code off}. */
    @Parameter
    protected Map<String, String> rules = new HashMap<>();

    /**
     * The same from the command line, where a map cannot be written, and winning over {@code <rules>}:
     * {@code -Dqadocs.rules=broken-link=warning,numbering=off}.
     */
    @Parameter(property = "qadocs.rules")
    protected String ruleOverrides;

    /** Fail on warnings too. */
    @Parameter(property = "qadocs.failOnWarning", defaultValue = "false")
    protected boolean failOnWarning;

    /** Skip this goal. */
    @Parameter(property = "qadocs.skip", defaultValue = "false")
    protected boolean skip;

    /** True, after saying so, when {@code skip} is set: every goal honours it the same way. */
    protected boolean skipped() {
        if (skip) {
            getLog().info("qadocs: skipped");
        }
        return skip;
    }

    protected PipelineOptions options() throws MojoExecutionException {
        if (!source.isDirectory()) {
            throw new MojoExecutionException("qadocs: content folder " + source
                    + " does not exist; set <source> or -Dqadocs.source=DIR");
        }
        if (questions != null && QuestionUnit.parse(questions).isEmpty()) {
            throw new MojoExecutionException("qadocs: questions '" + questions + "' is not a way to read questions; "
                    + "use one of " + QuestionUnit.FORMS);
        }
        return new PipelineOptions(source.toPath(), output.toPath(),
                Optional.ofNullable(templateDirectory).map(File::toPath),
                Optional.ofNullable(siteName), Optional.ofNullable(baseUrl), validation(),
                Optional.ofNullable(questions).filter(q -> !q.isBlank()));
    }

    private Map<String, String> allRules() throws MojoExecutionException {
        Map<String, String> all = new HashMap<>(rules);
        if (ruleOverrides == null || ruleOverrides.isBlank()) {
            return all;
        }
        for (String setting : ruleOverrides.split(",")) {
            String[] parts = setting.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new MojoExecutionException("qadocs: -Dqadocs.rules takes rule=severity pairs separated by "
                        + "commas, such as broken-link=warning,numbering=off; got '" + setting.strip() + "'");
            }
            all.put(parts[0].strip(), parts[1].strip());
        }
        return all;
    }

    private ValidationConfig validation() throws MojoExecutionException {
        Map<String, Severity> severities = new HashMap<>();
        for (Map.Entry<String, String> rule : allRules().entrySet()) {
            try {
                severities.put(rule.getKey(), Severity.valueOf(rule.getValue().trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("qadocs: rule " + rule.getKey() + " is set to '" + rule.getValue()
                        + "'; use error, warning or off");
            }
        }
        RuleRegistry registry = RuleRegistry.standard(ValidationConfig.defaults());
        Set<String> unknown = registry.unknown(severities.keySet());
        if (!unknown.isEmpty()) {
            String known = registry.descriptors().stream().map(RuleDescriptor::id).collect(Collectors.joining(", "));
            throw new MojoExecutionException("qadocs: unknown rule " + String.join(", ", unknown)
                    + " in <rules>; known rules: " + known);
        }
        return new ValidationConfig(severities, failOnWarning).withSiteRoot(siteRoot);
    }

    protected void report(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                getLog().error(d.toString());
            } else {
                getLog().warn(d.toString());
            }
        }
    }

    protected void logResult(PipelineResult result) {
        report(result.diagnostics());
        getLog().info("qadocs: " + Tally.of(result.diagnostics(), result.site().pages().size()) + "; "
                + result.summary());
    }

    protected MojoFailureException failure(PipelineFailedException e) {
        report(e.diagnostics());
        return new MojoFailureException("qadocs: " + e.getMessage());
    }
}
