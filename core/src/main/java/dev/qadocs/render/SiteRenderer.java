package dev.qadocs.render;

import com.github.mustachejava.Mustache;
import dev.qadocs.diagnostic.PageFailure;
import dev.qadocs.markdown.Markdown;
import dev.qadocs.markdown.SiteMarkdown;
import dev.qadocs.markdown.SiteUrls;
import dev.qadocs.model.Page;
import dev.qadocs.model.Site;
import dev.qadocs.parallel.LargestFirst;
import dev.qadocs.write.OutputSink;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Renders the HTML site through the theme's Mustache templates: one file per page, plus the site-wide files
 * (home, 404, assets, and sitemap/robots when the site has a base URL). Templates compile once per renderer, and
 * pages render independently of each other, so a rebuild can render only the pages that changed. A renderer
 * remembers recently rendered Markdown, so rendering an edited page again converts only the snippets that changed.
 */
public final class SiteRenderer {

    /**
     * Classic scripts sharing {@code window.qadocsSearch}, not ES modules, which browsers refuse on {@code file://}:
     * analysis and engine first, as the box's script uses both.
     */
    private static final List<String> SEARCH_SCRIPTS = List.of(
            "assets/search-analysis.js", "assets/search-engine.js", "assets/search-ui.js");

    private final Theme theme;
    private final ViewFactory views;
    private final Mustache pageTemplate;
    private final Mustache homeTemplate;
    private final Mustache notFoundTemplate;
    private final MarkdownCache markdown = new MarkdownCache();

    public SiteRenderer(Optional<Path> templateDirectory) {
        this.theme = new Theme(templateDirectory);
        this.views = new ViewFactory(new Views.Assets(
                theme.asset("assets/qadocs.css").path(), theme.asset("assets/qadocs.js").path(),
                theme.asset("assets/search.css").path(),
                SEARCH_SCRIPTS.stream().map(name -> theme.asset(name).path()).toList(),
                theme.asset("assets/nav.js").path(),
                theme.asset("assets/study.css").path(), theme.asset("assets/study.js").path()));
        this.pageTemplate = theme.template("page.mustache");
        this.homeTemplate = theme.template("home.mustache");
        this.notFoundTemplate = theme.template("404.mustache");
    }

    public void render(Site site, OutputSink output) {
        render(site, SiteMarkdown.none(), output);
    }

    /** {@link #render(Site, OutputSink)}, taking the HTML that {@code converted} holds instead of converting again. */
    public void render(Site site, SiteMarkdown converted, OutputSink output) {
        renderShared(site, output);
        // Pages share nothing mutable and the sink takes concurrent writes, so they render side by side.
        LargestFirst.forEach(site.pages(), Page::markdownLength, page -> renderPage(site, page, converted, output));
    }

    /** The page's own HTML file. Its navigation lists every page, so a new or renamed page means rendering all. */
    public void renderPage(Site site, Page page, OutputSink output) {
        renderPage(site, page, SiteMarkdown.none(), output);
    }

    /** {@link #renderPage(Site, Page, OutputSink)}, taking the HTML that {@code converted} holds. */
    public void renderPage(Site site, Page page, SiteMarkdown converted, OutputSink output) {
        String path = page.slug() + ".html";
        Views.Layout layout = views.layout(site, path, page, page.title(), page.meta().description());
        String html;
        try {
            html = execute(pageTemplate, layout, PageViews.of(page, converted, markdown),
                    views.pager(site, page, layout.root()));
        } catch (RuntimeException | StackOverflowError e) {
            throw new PageFailure(page.path(), "render", e);
        }
        output.write(path, html);
    }

    /** Everything that is not a page: home, 404, theme assets, and sitemap.xml and robots.txt with a base URL. */
    public void renderShared(Site site, OutputSink output) {
        // A page written as index.md is the author's own home page; it takes index.html.
        if (site.pages().stream().noneMatch(p -> p.slug().equals("index"))) {
            Views.Layout home = views.layout(site, "index.html", null, site.config().name(), site.config().summary());
            output.write("index.html", execute(homeTemplate, home, views.home(site, home.root())));
        }
        output.write("404.html", execute(notFoundTemplate, views.notFoundLayout(site)));
        for (Theme.HashedAsset asset : theme.assets()) {
            output.write(asset.path(), asset.content());
        }
        SiteUrls.base(site.config()).ifPresent(base -> {
            output.write("sitemap.xml", Sitemap.of(base, site));
            output.write("robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + base + "sitemap.xml\n");
        });
    }

    private static String execute(Mustache template, Object... scopes) {
        StringWriter out = new StringWriter(16 * 1024);
        template.execute(out, List.of(scopes));
        return out.toString();
    }
}
