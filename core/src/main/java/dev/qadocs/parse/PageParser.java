package dev.qadocs.parse;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.load.SourceFile;
import dev.qadocs.model.FrontMatter;
import dev.qadocs.model.Heading;
import dev.qadocs.model.Page;
import dev.qadocs.model.SourcePosition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one source file into a page: front matter, then components, headings and links, then categories,
 * questions and sections. Every input shape (qadocs Markdown, heading-per-question READMEs, {@code <details>}
 * answers, Mintlify MDX) ends in the same model with qadocs Markdown bodies. Thread-safe: it holds no state,
 * each call works on its own objects. Bad input gives diagnostics, never an exception.
 */
public final class PageParser {

    public ParseResult parse(SourceFile file) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<String> lines = Arrays.asList(file.text().split("\n", -1));
        FrontMatterReader.Result front = FrontMatterReader.read(file.path(), lines, diagnostics::add);

        List<SourceLine> body = new ArrayList<>();
        for (int i = front.bodyStart(); i < lines.size(); i++) {
            body.add(new SourceLine(lines.get(i), i + 1, 1));
        }
        ComponentScanner scanner = new ComponentScanner(file.path(), isMdx(file.path()));
        List<Block> blocks = scanner.scan(body);
        diagnostics.addAll(scanner.diagnostics());

        FrontMatter meta = front.meta();
        MarkdownStructure.Cache structures = new MarkdownStructure.Cache();
        QuestionUnit unit = QuestionDetector.detect(blocks, structures);
        Map<Integer, Heading> headings = HeadingCollector.collect(file.path(), blocks, unit, structures);
        PageAssembler.Result assembled = PageAssembler.assemble(file.path(), blocks, headings, meta.title().isEmpty(),
                unit, structures);
        if (meta.title().isEmpty()) {
            meta = new FrontMatter(assembled.title(), meta.description(), meta.icon(), meta.order(), meta.extra());
        }
        Page page = new Page(file.path(), meta, assembled.intro(), assembled.categories(),
                List.copyOf(headings.values()), LinkCollector.collect(file.path(), blocks),
                SourcePosition.of(file.path(), 1));
        return new ParseResult(Optional.of(page), diagnostics);
    }

    static boolean isMdx(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".mdx");
    }
}
