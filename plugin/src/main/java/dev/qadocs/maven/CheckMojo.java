package dev.qadocs.maven;

import dev.qadocs.batch.BatchRequest;
import dev.qadocs.validate.external.ExternalLinkOptions;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Validates the content without rendering it: {@code mvn qadocs:check}. Prints compiler-style diagnostics, a
 * summary and the pipeline time, writes a SARIF report for CI, and fails the build on errors (and on warnings
 * with {@code failOnWarning}).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class CheckMojo extends AbstractBatchMojo {

    /** Fetch http(s) links (HEAD, then GET) and report those that do not answer 2xx. */
    @Parameter(property = "qadocs.checkExternalLinks", defaultValue = "false")
    protected boolean checkExternalLinks;

    /**
     * Never touch the network: external links are judged from the cache only, others skipped. Follows Maven's
     * {@code -o} by default.
     */
    @Parameter(property = "qadocs.offline", defaultValue = "${settings.offline}")
    protected boolean offline;

    /** Seconds to wait for an external server's answer, per request. */
    @Parameter(property = "qadocs.externalLinkTimeout", defaultValue = "10")
    protected int externalLinkTimeout;

    /**
     * Also fetch links to loopback, private and link-local addresses (and follow redirects there). Off, so that
     * checking the links of an untrusted pull request cannot make CI probe its own network.
     */
    @Parameter(property = "qadocs.checkPrivateLinks", defaultValue = "false")
    protected boolean checkPrivateLinks;

    /** Where external-link verdicts are kept between runs; in a temporary folder when there is no pom. */
    @Parameter(property = "qadocs.linkCache", defaultValue = "${project.build.directory}/qadocs-link-cache.json")
    protected File linkCache;

    /** Hours a cached external-link verdict stays valid. */
    @Parameter(property = "qadocs.linkCacheMaxAge", defaultValue = "24")
    protected int linkCacheMaxAge;

    /** Where the SARIF 2.1.0 report of all diagnostics is written, for code scanning and IDEs. */
    @Parameter(property = "qadocs.report", defaultValue = "${project.build.directory}/qadocs-report.sarif")
    protected File report;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        run(request(BatchRequest.Goal.CHECK).forCheck(externalLinks(), resolvedOrTemporary(report)));
    }

    private ExternalLinkOptions externalLinks() {
        return ExternalLinkOptions.off()
                .withEnabled(checkExternalLinks)
                .withOffline(offline)
                .withTimeout(Duration.ofSeconds(externalLinkTimeout))
                .withPrivateHosts(checkPrivateLinks)
                .withCache(resolvedOrTemporary(linkCache), Duration.ofHours(linkCacheMaxAge));
    }

    /**
     * Run without a pom, Maven leaves {@code ${project.build.directory}} half resolved, and the file would land
     * in a folder literally named {@code ${project.basedir}}: such a path goes to a temporary folder instead.
     */
    static Path resolvedOrTemporary(File file) {
        if (!file.getPath().contains("${")) {
            return file.toPath();
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "qadocs", file.getName());
    }
}
