package dev.qadocs.pipeline;

import dev.qadocs.llms.LlmsWriter;
import dev.qadocs.load.LoadResult;
import dev.qadocs.load.SourceLoader;
import dev.qadocs.markdown.SiteMarkdown;
import dev.qadocs.model.Page;
import dev.qadocs.model.Site;
import dev.qadocs.parse.PageParser;
import dev.qadocs.render.SiteRenderer;
import dev.qadocs.search.SearchIndexer;
import dev.qadocs.testing.Corpus;
import dev.qadocs.testing.MemoryOutput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The site's Markdown converted once for all outputs must give every output exactly what converting anew gives. */
class SharedMarkdownTest {

    @ParameterizedTest
    @ValueSource(strings = {"mintlify", "wild"})
    void convertingOnceChangesNoOutputByte(String corpus) {
        Site site = parse(Corpus.projectRoot().resolve("../shared/corpus").resolve(corpus));
        SiteMarkdown converted = SiteMarkdown.of(site);

        MemoryOutput shared = new MemoryOutput();
        new SiteRenderer(Optional.empty()).render(site, converted, shared);
        new SearchIndexer().write(site, converted, shared);
        new LlmsWriter().write(site, converted, shared);
        MemoryOutput anew = new MemoryOutput();
        new SiteRenderer(Optional.empty()).render(site, anew);
        new SearchIndexer().write(site, anew);
        new LlmsWriter().write(site, anew);

        assertThat(shared.files().keySet()).isEqualTo(anew.files().keySet()).hasSizeGreaterThan(3 * site.pages().size());
        shared.files().forEach((path, content) -> assertThat(shared.text(path)).as(path).isEqualTo(anew.text(path)));
    }

    private static Site parse(Path folder) {
        LoadResult loaded = new SourceLoader().load(folder);
        List<Page> pages = new ArrayList<>();
        loaded.files().forEach(f -> new PageParser().parse(f).page().ifPresent(pages::add));
        return new Site(loaded.config(), pages, new TreeSet<>(loaded.assets()));
    }
}
