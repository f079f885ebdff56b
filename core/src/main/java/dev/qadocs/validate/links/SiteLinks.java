package dev.qadocs.validate.links;

import dev.qadocs.model.Site;
import dev.qadocs.parallel.LargestFirst;
import dev.qadocs.validate.rule.ValidationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Every link of the site, resolved once and shared by the link rules. */
public final class SiteLinks {

    private final List<ResolvedLink> links;

    /**
     * Resolves the pages' links on all cores: the resolver only reads the site, and on every save the preview
     * resolves every link of the site again, a fifth of its rebuild on the realistic corpus.
     */
    private SiteLinks(Site site, String siteRoot) {
        LinkResolver resolver = new LinkResolver(site, siteRoot);
        List<ResolvedLink> all = new ArrayList<>();
        LargestFirst.map(site.pages(), page -> page.links().size(), page -> page.links().stream()
                .map(link -> new ResolvedLink(page, link, resolver.resolve(page, link))).toList()).forEach(all::addAll);
        this.links = List.copyOf(all);
    }

    public static SiteLinks of(ValidationContext context, String siteRoot) {
        return context.view(SiteLinks.class, site -> new SiteLinks(site, siteRoot));
    }

    /** Calls {@code action} for each link that resolved to a target of the given kind, in page and source order. */
    public <T extends LinkTarget> void each(Class<T> kind, BiConsumer<ResolvedLink, T> action) {
        for (ResolvedLink link : links) {
            if (kind.isInstance(link.target())) {
                action.accept(link, kind.cast(link.target()));
            }
        }
    }
}
