package dev.qadocs.render;

import dev.qadocs.markdown.SiteUrls;
import dev.qadocs.model.Page;
import dev.qadocs.model.Site;

/**
 * sitemap.xml per sitemaps.org: the home page and every page, in navigation order. No {@code lastmod}: output is
 * byte-identical between builds, and the file system's dates say nothing about when content changed.
 */
final class Sitemap {

    private Sitemap() {
    }

    static String of(String base, Site site) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(xml, base);
        for (Page page : site.pages()) {
            url(xml, base + SiteUrls.html(page));
        }
        return xml.append("</urlset>\n").toString();
    }

    private static void url(StringBuilder xml, String location) {
        xml.append("  <url><loc>").append(escape(location)).append("</loc></url>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }
}
