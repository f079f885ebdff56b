package dev.qadocs.search;

import dev.qadocs.model.Page;
import dev.qadocs.model.Site;
import dev.qadocs.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The site indexed in parts side by side writes the very files one part writes. */
class IndexPartsTest {

    private static Site wild;

    @BeforeAll
    static void parse() {
        wild = ParsedSites.parse(Corpus.shared("corpus/wild"));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5, 64})
    void anyNumberOfPartsWritesTheSameFilesAsOne(int parts) {
        assertThat(wild.pages()).hasSizeGreaterThan(5);

        assertThat(texts(files(wild, parts))).isEqualTo(texts(files(wild, 1)));
    }

    @Test
    void partsAreContiguousRunsOfAboutTheSameText() {
        List<Page> pages = wild.pages();

        List<List<Page>> runs = SearchIndexer.runs(pages, 3);

        assertThat(runs).hasSize(3).allSatisfy(run -> assertThat(run).isNotEmpty());
        assertThat(runs.stream().flatMap(List::stream).toList()).isEqualTo(pages);
        assertThat(SearchIndexer.runs(pages, 1)).containsExactly(pages);
        assertThat(SearchIndexer.runs(pages.subList(0, 2), 5)).hasSize(2);
        assertThat(SearchIndexer.runs(List.of(), 3)).containsExactly(List.of());
    }

    private static Map<String, byte[]> files(Site site, int parts) {
        SearchIndexerTest.Files out = new SearchIndexerTest.Files();
        new SearchIndexer(parts).write(site, out);
        return out.written;
    }

    private static Map<String, String> texts(Map<String, byte[]> files) {
        return files.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> new String(e.getValue(), StandardCharsets.UTF_8)));
    }
}
