package dev.qadocs.search;

import dev.qadocs.model.Category;
import dev.qadocs.model.Page;
import dev.qadocs.model.Question;
import dev.qadocs.model.Site;
import dev.qadocs.markdown.Markdown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Plain pages with the theme's contract for search (data-root, the header box, the search scripts and stylesheet,
 * qadocs.js which they use, questions as {@code details}) and nothing else, so search is tested and measured
 * without depending on the renderer.
 */
final class TestPages {

    /** Where the benchmark loads the client: the site root, with no content of its own. */
    static final String START = "index.html";

    private TestPages() {
    }

    /**
     * @param anchorOnHeading put each question's id on its {@code h3} rather than on its {@code details}: Pagefind
     *                        makes per-question sub-results only from headings with ids
     */
    static void write(Site site, Path folder, boolean anchorOnHeading) throws IOException {
        Path assets = Files.createDirectories(folder.resolve("assets"));
        NodeScripts.searchScripts(assets);
        NodeScripts.resource("/dev/qadocs/theme/assets/search.css", assets);
        NodeScripts.resource("/dev/qadocs/theme/assets/qadocs.js", assets);
        Files.writeString(folder.resolve(START), head("./") + "</main></body></html>");
        for (Page page : site.pages()) {
            String slug = page.slug();
            StringBuilder html = new StringBuilder(head("../".repeat((int) slug.chars().filter(c -> c == '/').count())));
            for (Category category : page.categories()) {
                html.append("<h2>").append(escape(category.title())).append("</h2>\n");
                for (Question q : category.questions()) {
                    String id = " id=\"" + q.id() + "\"";
                    html.append("<details class=\"qd-question\"").append(anchorOnHeading ? "" : id).append("><summary><h3")
                            .append(anchorOnHeading ? id : "").append('>').append(escape(q.title())).append("</h3></summary>");
                    q.sections().forEach(s -> html.append("<p>").append(escape(Markdown.toPlainText(s.markdown()))).append("</p>"));
                    html.append("</details>\n");
                }
            }
            Path file = folder.resolve(slug + ".html");
            Files.createDirectories(file.getParent());
            Files.writeString(file, html.append("</main></body></html>"));
        }
    }

    private static String head(String root) {
        String prefix = root.equals("./") ? "" : root;
        return "<!doctype html><html lang=en data-root=\"" + root + "\"><head><meta charset=utf-8><title>Test</title>"
                + "<link rel=stylesheet href=\"" + prefix + "assets/search.css\">" + scripts(prefix)
                + "</head><body><header><div class=\"qd-search\" data-qadocs-search>"
                + "<input id=\"qd-search-input\" type=\"text\" role=\"combobox\" aria-expanded=\"false\" "
                + "aria-controls=\"qd-search-results\" aria-autocomplete=\"list\" autocomplete=\"off\" "
                + "placeholder=\"Search questions\" aria-label=\"Search questions\"><ul id=\"qd-search-results\" "
                + "role=\"listbox\" hidden></ul></div></header><main data-pagefind-body>\n";
    }

    private static String scripts(String prefix) {
        StringBuilder tags = new StringBuilder();
        for (String script : Stream.concat(Stream.of("qadocs.js"), NodeScripts.SEARCH_SCRIPTS.stream()).toList()) {
            tags.append("<script src=\"").append(prefix).append("assets/").append(script).append("\" defer></script>");
        }
        return tags.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
