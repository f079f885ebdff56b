package dev.qadocs.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.qadocs.testing.Corpus;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Reused factories read every block and table as Flexmark's own, on any thread, document after document. */
class ReusedFactoriesTest {

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create())).toImmutable();

    /** Each block kind, and the pairs whose order decides what a line is (a break or a list, HTML or a heading). */
    private static final List<String> TEXTS = List.of(
            "# Title\n\nSetext\n===\n\n## Two ##\n",
            "* * *\n- item\n- [ ] task\n\n1. one\n2) two\n",
            "> quoted\n> - listed\n>\n>     indented code\n",
            "```js\nlet a = 1;\n```\n\n~~~\nplain\n~~~\n",
            "<details>\n<summary>Why?</summary>\n\nBecause.\n\n</details>\n\n<!-- note -->\n<div>\n# not a heading\n</div>\n",
            "para\n<span>inline html</span>\n    not code: lazy\n\n    code\n\n---\n",
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n[ref]: https://example.com\n\nSee [ref].\n",
            "Not | a table\n\n| left | right |\n|:-----|------:|\n| `x|y` | **b** |\n| ragged |\n",
            "- outer\n  1. inner\n     > deep\n     ```\n     fenced\n     ```\n",
            "Setext one\n===\n\nSetext two\n---\n\n+ plus\n+ items\n\n2) closing paren\n\n***\n___\n   > indented quote\n",
            "    # indented, not a heading\n\n\t- tab then dash\n\n-not a list\n#not a heading either\n");

    @Test
    void everyBlockReadsAsWithFlexmarksOwnFactories() {
        Parser own = Parser.builder(OPTIONS).build();
        Parser reused = ReusedFactories.builder(OPTIONS).build();

        for (String text : TEXTS) {
            assertThat(ast(reused, text)).as(text).isEqualTo(ast(own, text));
        }
    }

    /** Every page of the shared corpus, whole: the lines that open blocks there are the ones authors write. */
    @Test
    void everySharedPageReadsAsWithFlexmarksOwnFactories() throws Exception {
        Parser own = Parser.builder(OPTIONS).build();
        Parser reused = ReusedFactories.builder(OPTIONS).build();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(Corpus.shared("corpus"))) {
            pages = files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".mdx")).sorted().toList();
        }

        assertThat(pages).hasSizeGreaterThan(10);
        for (Path page : pages) {
            String text = Files.readString(page);
            assertThat(ast(reused, text)).as(page.toString()).isEqualTo(ast(own, text));
        }
    }

    @Test
    void factoriesMadeForOneDocumentReadTheNextAsIfFresh() {
        Parser reused = ReusedFactories.builder(OPTIONS).build();
        String first = ast(reused, TEXTS.get(4));

        TEXTS.forEach(text -> ast(reused, text));

        assertThat(ast(reused, TEXTS.get(4))).isEqualTo(first);
    }

    @Test
    void threadsParsingAtOnceEachReadWhatOneThreadReads() throws Exception {
        Parser own = Parser.builder(OPTIONS).build();
        Parser reused = ReusedFactories.builder(OPTIONS).build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = pool.invokeAll(List.of(() -> all(reused), () -> all(reused),
                    () -> all(reused), () -> all(reused)));
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).isEqualTo(all(own));
            }
        } finally {
            pool.shutdown();
        }
    }

    private static List<String> all(Parser parser) {
        return TEXTS.stream().map(text -> ast(parser, text)).toList();
    }

    /** Every node in document order with its depth, kind, offsets and parts ({@code Heading[0, 7] openingMarker...}). */
    private static String ast(Parser parser, String text) {
        return StreamSupport.stream(parser.parse(text).getDescendants().spliterator(), false)
                .map(node -> " ".repeat(depth(node)) + node).collect(Collectors.joining("\n"));
    }

    private static int depth(Node node) {
        int depth = 0;
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            depth++;
        }
        return depth;
    }
}
