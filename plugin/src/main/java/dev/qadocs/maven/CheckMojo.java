package dev.qadocs.maven;

import dev.qadocs.pipeline.PipelineFailedException;
import dev.qadocs.pipeline.PipelineOptions;
import dev.qadocs.pipeline.PipelineResult;
import dev.qadocs.pipeline.SiteBuilder;
import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.diagnostic.Tally;
import dev.qadocs.validate.RuleRegistry;
import dev.qadocs.validate.SarifReport;
import dev.qadocs.validate.ValidationConfig;
import dev.qadocs.validate.external.ExternalLinkOptions;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Validates the content without rendering it: {@code mvn qadocs:check}. Prints compiler-style diagnostics, a
 * summary and the pipeline time, writes a SARIF report for CI, and fails the build on errors (and on warnings
 * with {@code failOnWarning}).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class CheckMojo extends AbstractQadocsMojo {

    /** Fetch http(s) links (HEAD, then GET) and report those that do not answer 2xx. */
    @Parameter(property = "qadocs.checkExternalLinks", defaultValue = "false")
    protected boolean checkExternalLinks;

    /** Never touch the network: external links are judged from the cache only. Follows Maven's {@code -o}. */
    @Parameter(property = "qadocs.offline", defaultValue = "${settings.offline}")
    protected boolean offline;

    /** Seconds to wait for an external server. */
    @Parameter(property = "qadocs.externalLinkTimeout", defaultValue = "10")
    protected int externalLinkTimeout;

    /** Where external-link verdicts are kept between runs. */
    @Parameter(property = "qadocs.linkCache", defaultValue = "${project.build.directory}/qadocs-link-cache.json")
    protected File linkCache;

    /** Hours a cached external-link verdict stays valid. */
    @Parameter(property = "qadocs.linkCacheMaxAge", defaultValue = "24")
    protected int linkCacheMaxAge;

    /** The SARIF 2.1.0 report of all diagnostics, for code-scanning tools. */
    @Parameter(property = "qadocs.report", defaultValue = "${project.build.directory}/qadocs-report.sarif")
    protected File report;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        PipelineOptions base = options();
        ValidationConfig validation = base.validation().withExternalLinks(externalLinks());
        RuleRegistry registry = RuleRegistry.standard(validation);
        SiteBuilder builder = new SiteBuilder();
        try {
            PipelineResult result = builder.checkOnly(base.withValidation(validation));
            report(result.diagnostics());
            logReadings(builder);
            writeReport(registry, result.diagnostics());
            getLog().info("qadocs: " + Tally.of(result.diagnostics(), result.site().pages().size()));
            logTimes(builder);
        } catch (PipelineFailedException e) {
            writeReport(registry, e.diagnostics());
            logReadings(builder);
            MojoFailureException failure = failure(e);
            logTimes(builder);
            throw failure;
        }
    }

    private ExternalLinkOptions externalLinks() {
        return ExternalLinkOptions.off()
                .withEnabled(checkExternalLinks)
                .withOffline(offline)
                .withTimeout(Duration.ofSeconds(externalLinkTimeout))
                .withCache(linkCache.toPath(), Duration.ofHours(linkCacheMaxAge));
    }

    private void writeReport(RuleRegistry registry, List<Diagnostic> diagnostics) throws MojoExecutionException {
        try {
            new SarifReport(registry.descriptors(), source.toPath()).write(diagnostics, report.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("qadocs: cannot write the report " + report + ": " + e.getMessage(), e);
        }
    }

    /** {@code qadocs: ms-swift-faq.md: 124 questions from ### headings}: how each page was read. */
    private void logReadings(SiteBuilder builder) {
        builder.readings().forEach((path, reading) -> getLog().info("qadocs: " + path + ": " + reading));
    }

    private void logTimes(SiteBuilder builder) {
        var times = builder.stageTimes();
        long total = times.values().stream().mapToLong(Duration::toMillis).sum();
        getLog().info("qadocs: pipeline " + total + " ms (" + times.entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue().toMillis() + " ms")
                .collect(Collectors.joining(", ")) + ")");
    }
}
