package dev.qadocs.validate.links;

import dev.qadocs.model.Link;
import dev.qadocs.model.Page;
import dev.qadocs.model.Site;
import dev.qadocs.validate.rule.ValidationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Every link of the site, resolved once and shared by the link rules. */
public final class SiteLinks {

    private final List<ResolvedLink> links;

    private SiteLinks(Site site, String siteRoot) {
        LinkResolver resolver = new LinkResolver(site, siteRoot);
        List<ResolvedLink> all = new ArrayList<>();
        for (Page page : site.pages()) {
            for (Link link : page.links()) {
                all.add(new ResolvedLink(page, link, resolver.resolve(page, link)));
            }
        }
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
