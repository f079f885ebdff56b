package dev.qadocs.model;

import java.util.Optional;

/**
 * Site-wide settings, read from {@code qadocs.yml} in the content folder and overridable by the build.
 *
 * @param name    shown in the header and as the llms.txt H1
 * @param summary one line; the llms.txt {@code >} summary and the home page lead
 * @param baseUrl absolute URL the site is published at (canonical links, sitemap, absolute llms.txt links);
 *                empty means "relative links only", which works from {@code file://} and any subpath
 * @param questions how to read the questions of pages whose front matter does not say ({@code heading:3},
 *                  {@code details}…); empty means detect them page by page
 */
public record SiteConfig(String name, String summary, Optional<String> baseUrl, Optional<String> questions) {

    public SiteConfig(String name, String summary, Optional<String> baseUrl) {
        this(name, summary, baseUrl, Optional.empty());
    }

    public static SiteConfig named(String name) {
        return new SiteConfig(name, "", Optional.empty());
    }
}
