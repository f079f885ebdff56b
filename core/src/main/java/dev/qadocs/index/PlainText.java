package dev.qadocs.index;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;

import java.util.List;

/** The words a reader sees in a piece of Markdown, whitespace collapsed. Thread-safe. */
final class PlainText {

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
            .toImmutable();
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    private PlainText() {
    }

    static String of(String markdown) {
        return Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(markdown))).body().text();
    }
}
