package dev.qadocs.search;

import dev.qadocs.markdown.SiteMarkdown;
import dev.qadocs.model.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records leave out anchors the client can derive from the title; the engine, run in Node over the written files,
 * must still link every hit where the indexer was told it is: titles outside ASCII, repeated titles (numbered
 * anchors), punctuation and the shared Mintlify pages' own anchors.
 */
class RecordLinksTest {

    @TempDir
    Path folder;

    @Test
    void theEngineRebuildsEveryLinkTheIndexerWasGiven() throws Exception {
        Path content = Files.createDirectories(folder.resolve("content"));
        Files.writeString(content.resolve("mixed.md"), """
                # Mixed titles

                ## Basics

                ### What does a café menu teach about caching?

                Popular dishes stay warm; rare ones are cooked to order.

                ### Why pair C++ & Rust in one build?

                Each covers what the other lacks.

                ### Why pair C++ & Rust in one build?

                Asked twice on purpose: the second copy gets a numbered anchor.

                ### Ünïcode first, then plain words?

                Letters with marks are kept in anchors.
                """);
        Site mixed = ParsedSites.parse(content);
        for (Site site : List.of(mixed, ParsedSites.mintlify())) {
            Path out = folder.resolve("site-" + site.pages().size());
            SearchIndexerTest.Files memory = new SearchIndexerTest.Files();
            FolderSink disk = new FolderSink(out);
            new SearchIndexer().write(site, (path, bytes) -> {
                memory.write(path, bytes);
                disk.write(path, bytes);
            });
            List<String> links = new ArrayList<>();
            new SiteDocuments(SiteMarkdown.none()).walk(site, document -> links.add(document.url()));

            assertThat(NodeScripts.recordLinks(out, folder)).isEqualTo(links);
            String anchors = SearchIndexerTest.data(memory, "search/r."
                    + SearchIndexerTest.data(memory, "search/index.js").get("recordFiles").get("hash").asText()
                    + ".0.js").get("anchors").toString();
            // Anchors left out on both sites; the page above also has them spelt out, all in its first record file.
            assertThat(anchors).contains("null");
            if (site == mixed) {
                assertThat(anchors).contains("\"#why-pair-c--rust-in-one-build-1\"", "\"#what-does-a-café");
            }
        }
    }
}
