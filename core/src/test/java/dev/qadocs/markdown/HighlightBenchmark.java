package dev.qadocs.markdown;

import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.diagnostic.Severity;
import dev.qadocs.pipeline.PipelineOptions;
import dev.qadocs.pipeline.PipelineResult;
import dev.qadocs.pipeline.SiteBuilder;
import dev.qadocs.pipeline.Stage;
import dev.qadocs.testing.Corpus;
import dev.qadocs.validate.RuleRegistry;
import dev.qadocs.validate.ValidationConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What build-time highlighting costs: the time CodeHighlighter spends on every code block of a corpus, against
 * the whole build of that corpus (load to write), best of several runs, printed as a table. Run by
 * {@code bench/highlight.sh}.
 */
public final class HighlightBenchmark {

    private static final int RUNS = 7;

    public static void main(String[] args) throws Exception {
        Path shared = Corpus.projectRoot().resolveSibling("shared").resolve("corpus");
        System.out.printf("%-14s %6s %7s %8s %9s %12s %9s%n",
                "corpus", "pages", "blocks", "code KiB", "build ms", "highlight ms", "share");
        row("mintlify", shared.resolve("mintlify"));
        row("wild", shared.resolve("wild"));
        row("site-content", Corpus.siteContent());
    }

    private record Block(String language, String text) {
    }

    private static void row(String name, Path source) throws Exception {
        List<Block> blocks = blocks(source);
        Path output = Files.createTempDirectory("qadocs-highlight");
        // Every rule a warning: content with errors still builds, which is what is timed.
        Map<String, Severity> allWarnings = RuleRegistry.standard(ValidationConfig.defaults()).descriptors().stream()
                .collect(Collectors.toMap(RuleDescriptor::id, d -> Severity.WARNING));
        PipelineOptions options = PipelineOptions.of(source, output.resolve("site"))
                .withValidation(new ValidationConfig(allWarnings, false));
        long build = Long.MAX_VALUE;
        long highlight = Long.MAX_VALUE;
        int pages = 0;
        for (int run = 0; run < RUNS; run++) {
            PipelineResult result = new SiteBuilder().build(options);
            pages = result.site().pages().size();
            build = Math.min(build, result.times().byStage().values().stream().mapToLong(Duration::toNanos).sum());
            long start = System.nanoTime();
            for (Block block : blocks) {
                Element code = new Element("code").text(block.text());
                CodeHighlighter.highlight(code, block.language());
            }
            highlight = Math.min(highlight, System.nanoTime() - start);
        }
        long bytes = blocks.stream().mapToLong(b -> b.text().length()).sum();
        System.out.printf("%-14s %6d %7d %8d %9.1f %12.1f %8.1f%%%n", name, pages, blocks.size(), bytes / 1024,
                build / 1e6, highlight / 1e6, 100.0 * highlight / build);
    }

    private static List<Block> blocks(Path source) throws IOException {
        List<Block> blocks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(p -> p.toString().matches(".*\\.mdx?$")).toList()) {
                for (Element code : Jsoup.parseBodyFragment(Markdown.toHtml(Files.readString(file)))
                        .select("pre > code[class^=language-]")) {
                    blocks.add(new Block(code.className().substring("language-".length()), code.wholeText()));
                }
            }
        }
        return blocks;
    }
}
