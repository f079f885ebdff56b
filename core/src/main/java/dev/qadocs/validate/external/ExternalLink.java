package dev.qadocs.validate.external;

import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.validate.links.LinkRule;
import dev.qadocs.validate.links.LinkTarget;
import dev.qadocs.validate.links.ResolvedLink;
import dev.qadocs.validate.rule.Findings;
import dev.qadocs.validate.rule.ValidationContext;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The opt-in online check of http(s) links. Each URL is fetched once however often it is linked; verdicts come
 * from the cache while fresh; offline, only cached verdicts are reported. A warning by default: other people's
 * servers fail for reasons the author cannot fix today.
 */
public final class ExternalLink extends LinkRule {

    public static final RuleDescriptor RULE = RuleDescriptor.warning("external-link",
            "An http(s) link does not answer 2xx (only with the opt-in online check).");

    private final ExternalLinkOptions options;
    private final Clock clock;

    public ExternalLink(String siteRoot, ExternalLinkOptions options, Clock clock) {
        super(RULE, siteRoot);
        this.options = options;
        this.clock = clock;
    }

    @Override
    public void check(ValidationContext context, Findings findings) {
        if (!options.enabled()) {
            return;
        }
        Map<URI, List<ResolvedLink>> linksByUrl = new LinkedHashMap<>();
        links(context).each(LinkTarget.External.class, (link, external) ->
                linksByUrl.computeIfAbsent(withoutFragment(external.uri()), u -> new ArrayList<>()).add(link));

        LinkCache cache = LinkCache.load(options.cacheFile(), clock, options.cacheMaxAge());
        Map<URI, LinkStatus> verdicts = new LinkedHashMap<>();
        List<URI> toFetch = new ArrayList<>();
        for (URI url : linksByUrl.keySet()) {
            Optional<LinkStatus> cached = cache.fresh(url.toString());
            cached.ifPresentOrElse(status -> verdicts.put(url, status), () -> toFetch.add(url));
        }
        if (!options.offline()) {
            new ExternalLinkChecker(options).check(toFetch).forEach((url, status) -> {
                verdicts.put(url, status);
                if (!status.wasSkipped()) {
                    cache.put(url.toString(), status);
                }
            });
            cache.save();
        }
        verdicts.forEach((url, status) -> {
            if (!status.ok()) {
                for (ResolvedLink link : linksByUrl.get(url)) {
                    findings.report(link.link().position(), "external link " + url + ": " + status.detail());
                }
            }
        });
    }

    /** The fragment never reaches the server, so links differing only in it are one request. */
    private static URI withoutFragment(URI uri) {
        String written = uri.toString();
        int hash = written.indexOf('#');
        return hash < 0 ? uri : URI.create(written.substring(0, hash));
    }
}
