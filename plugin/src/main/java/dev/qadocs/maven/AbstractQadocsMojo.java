package dev.qadocs.maven;

import dev.qadocs.batch.BatchRequest;
import dev.qadocs.validate.external.ExternalLinkOptions;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What every goal shares: the parameters and their translation into a {@link BatchRequest}. The goals also run
 * without a pom, so every parameter has a property and a default that does not need a project.
 */
abstract class AbstractQadocsMojo extends AbstractMojo {

    /** The content folder: Markdown and MDX pages and an optional {@code qadocs.yml}. */
    @Parameter(property = "qadocs.source", defaultValue = "${basedir}/src/site/qadocs")
    protected File source;

    /** Where the site is written; replaced whole on success, untouched on failure. */
    @Parameter(property = "qadocs.output", defaultValue = "${project.build.directory}/qadocs")
    protected File output;

    /**
     * A folder whose files replace the default theme's files of the same name ({@code page.mustache},
     * {@code assets/qadocs.css}…); every file it does not have comes from the default theme. Unset: the default
     * theme as it is.
     */
    @Parameter(property = "qadocs.templateDirectory")
    protected File templateDirectory;

    /** The site name, winning over {@code name} in {@code qadocs.yml}. Unset: the name in {@code qadocs.yml}. */
    @Parameter(property = "qadocs.siteName")
    protected String siteName;

    /**
     * The absolute URL the site is published at, winning over {@code baseUrl} in {@code qadocs.yml}: adds canonical
     * links, {@code sitemap.xml}, {@code robots.txt} and absolute {@code llms.txt} links. Unset: the one in
     * {@code qadocs.yml}, and without one the site has relative links only.
     */
    @Parameter(property = "qadocs.baseUrl")
    protected String baseUrl;

    /**
     * Where the content can be edited, such as {@code https://github.com/me/guide/edit/main/questions/}: each page
     * links to this URL plus its path ("Edit this page"). Overrides {@code editUrl} from {@code qadocs.yml}.
     */
    @Parameter(property = "qadocs.editUrl")
    protected String editUrl;

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

    /**
     * Severity per validation rule: rule id to {@code error}, {@code warning} or {@code off}, such as
     * {@code <numbering>error</numbering>}. A map has no user property; from the command line use
     * {@code qadocs.rules}. Unset rules keep their default severity.
     */
    @Parameter
    protected Map<String, String> rules = new HashMap<>();

    /**
     * Rule severities as {@code rule=severity} pairs separated by commas, winning over {@code <rules>}; made for the
     * command line, where a map cannot be written: {@code -Dqadocs.rules=broken-link=warning,numbering=off}. Unset:
     * {@code <rules>} alone.
     */
    @Parameter(property = "qadocs.rules")
    protected String ruleOverrides;

    /** Fail the build on warnings too, not only on errors. */
    @Parameter(property = "qadocs.failOnWarning", defaultValue = "false")
    protected boolean failOnWarning;

    /** Skip this goal, saying so in the log. */
    @Parameter(property = "qadocs.skip", defaultValue = "false")
    protected boolean skip;

    /** True, after saying so, when {@code skip} is set: every goal honours it the same way. */
    protected boolean skipped() {
        if (skip) {
            getLog().info("qadocs: skipped");
        }
        return skip;
    }

    /** The goal's parameters as a request to the core, which judges them; serve reads the same ones. */
    protected BatchRequest request(BatchRequest.Goal goal) {
        return new BatchRequest(goal, source.toPath(), output.toPath(),
                Optional.ofNullable(templateDirectory).map(File::toPath), Optional.ofNullable(siteName),
                Optional.ofNullable(baseUrl), Optional.ofNullable(editUrl), Optional.ofNullable(questions), siteRoot,
                rules == null ? Map.of() : rules, Optional.ofNullable(ruleOverrides), failOnWarning,
                ExternalLinkOptions.off(), Optional.empty());
    }
}
