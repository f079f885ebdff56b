package dev.qadocs.parse;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.load.SourceFile;
import dev.qadocs.model.QuestionUnit;
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

    private static final String QUESTIONS_KEY = "questions";

    private final QuestionUnit siteDefault;

    /** Detects each page's question unit unless its front matter names one. */
    public PageParser() {
        this(QuestionUnit.AUTO);
    }

    /** @param siteDefault the unit for pages whose front matter names none ({@code auto}: detect per page) */
    public PageParser(QuestionUnit siteDefault) {
        this.siteDefault = siteDefault;
    }

    public ParseResult parse(SourceFile file) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<String> lines = Arrays.asList(file.text().split("\n", -1));
        FrontMatterReader.Result front = FrontMatterReader.read(file.path(), lines, diagnostics::add);

        List<SourceLine> body = new ArrayList<>();
        for (int i = front.bodyStart(); i < lines.size(); i++) {
            body.add(new SourceLine(lines.get(i), i + 1, 1));
        }
        boolean mdx = file.path().toLowerCase(Locale.ROOT).endsWith(".mdx");
        ComponentScanner scanner = new ComponentScanner(file.path(), mdx);
        List<Block> blocks = scanner.scan(body);
        diagnostics.addAll(scanner.diagnostics());

        FrontMatter meta = front.meta();
        MarkdownTree.Cache trees = new MarkdownTree.Cache();
        MarkdownStructure.Cache structures = new MarkdownStructure.Cache(trees);
        ParseResult.Reading reading = reading(file.path(), lines, front, diagnostics);
        QuestionUnit unit = reading.unit().kind() == QuestionUnit.Kind.AUTO
                ? QuestionDetector.detect(blocks, structures) : reading.unit();
        Map<Integer, Heading> headings = HeadingCollector.collect(file.path(), blocks, unit, structures);
        PageAssembler.Result assembled = PageAssembler.assemble(file.path(), mdx, blocks, new Anchors(headings),
                meta.title().isEmpty(), unit, structures);
        if (meta.title().isEmpty()) {
            meta = new FrontMatter(assembled.title(), meta.description(), meta.icon(), meta.order(), meta.extra());
        }
        Page page = new Page(file.path(), meta, assembled.intro().markdown(), assembled.intro().headingIds(),
                assembled.categories(),
                List.copyOf(headings.values()), LinkCollector.collect(file.path(), blocks, trees),
                SourcePosition.of(file.path(), 1));
        return new ParseResult(Optional.of(page), diagnostics, new ParseResult.Reading(unit, reading.source()));
    }

    /** The front matter's {@code questions:} if it has a valid one, else the site's default. */
    private ParseResult.Reading reading(String path, List<String> lines, FrontMatterReader.Result front,
                                        List<Diagnostic> diagnostics) {
        Object value = front.meta().extra().get(QUESTIONS_KEY);
        if (value != null) {
            Optional<QuestionUnit> unit = QuestionUnit.parse(String.valueOf(value));
            if (unit.isPresent()) {
                return new ParseResult.Reading(unit.get(), ParseResult.Reading.FRONT_MATTER);
            }
            int line = 1;
            for (int i = 0; i < front.bodyStart(); i++) {
                if (lines.get(i).startsWith(QUESTIONS_KEY + ":")) {
                    line = i + 1;
                }
            }
            diagnostics.add(Diagnostic.error(SourcePosition.of(path, line), "front-matter", "questions: '" + value
                    + "' is not a way to read questions; use one of " + QuestionUnit.FORMS));
        }
        return new ParseResult.Reading(siteDefault, siteDefault.kind() == QuestionUnit.Kind.AUTO
                ? ParseResult.Reading.DETECTED : ParseResult.Reading.SITE);
    }
}
