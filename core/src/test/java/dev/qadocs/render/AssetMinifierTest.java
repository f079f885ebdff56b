package dev.qadocs.render;

import dev.qadocs.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The theme's assets get smaller and do exactly what their readable sources do. */
class AssetMinifierTest {

    @TempDir
    Path work;

    @Test
    void cssLosesCommentsAndSpacesButKeepsWhatCalcAndSelectorsNeed() {
        String css = AssetMinifier.css("""
                /* header */
                .a :hover, .b > .c {
                  top: calc(100% + .35rem);   /* why */
                  content: "a  /* b */  c";
                }
                @media (max-width: 56rem) and (hover: none) { .d { color: red; } }
                """);

        assertThat(css).isEqualTo(".a :hover,.b > .c{top:calc(100% + .35rem);content:\"a  /* b */  c\"}"
                + "@media (max-width:56rem) and (hover:none){.d{color:red}}\n");
    }

    @Test
    void javascriptKeepsStringsRegexesAndLineBreaksThatAutomaticSemicolonsNeed() {
        String js = AssetMinifier.js("""
                // a comment
                var a = "it's // not a comment", re = /[/]\\/\\/"/g;  /* gone */
                var b = a
                ++c
                return x + +y - -z, 1 .toString(), d / /e/.source
                """);

        assertThat(js).isEqualTo("var a=\"it's // not a comment\",re=/[/]\\/\\/\"/g;var b=a\n++c\n"
                + "return x+ +y- -z,1 .toString(),d/ /e/.source\n");
    }

    @Test
    void everyShippedScriptStillParsesAndTheSearchAnalyzerGivesTheSameTerms() throws Exception {
        Path theme = Corpus.projectRoot().resolve("templates/src/main/resources/dev/qadocs/theme/assets");
        long before = 0;
        long after = 0;
        try (Stream<Path> files = Files.list(theme)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] source = Files.readAllBytes(file);
                byte[] minified = AssetMinifier.minify(file.getFileName().toString(), source);
                Path out = Files.write(work.resolve(file.getFileName()), minified);
                before += source.length;
                after += minified.length;
                if (file.toString().endsWith(".js")) {
                    assertThat(node("--check", out.toString())).as(file.getFileName().toString()).isEmpty();
                }
            }
        }
        assertThat(after).isLessThan(before * 3 / 4);

        Path source = theme.resolve("search-analysis.js");
        Path text = Files.writeString(work.resolve("text.txt"),
                Files.readString(Corpus.mintlify("llm-ai.mdx")), StandardCharsets.UTF_8);
        // Each copy in a context of its own: both define the same qadocsSearch global, as the browser runs them.
        Path compare = Files.writeString(work.resolve("compare.js"), """
                const fs = require('fs'), vm = require('vm');
                const load = file => { const page = {}; vm.runInNewContext(fs.readFileSync(file, 'utf8'), page); return page.qadocsSearch; };
                const a = load(process.argv[2]), b = load(process.argv[3]);
                const text = fs.readFileSync(process.argv[4], 'utf8');
                const x = JSON.stringify(a.words(text)), y = JSON.stringify(b.words(text));
                process.stdout.write(x === y && x.length > 1000 ? 'same' : 'different');
                """);
        assertThat(node(compare.toString(), source.toString(), work.resolve("search-analysis.js").toString(),
                text.toString())).isEqualTo("same");
    }

    private static String node(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "node";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out.strip();
    }
}
