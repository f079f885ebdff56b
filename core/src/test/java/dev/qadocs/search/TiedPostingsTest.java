package dev.qadocs.search;

import dev.qadocs.markdown.SiteMarkdown;
import dev.qadocs.model.Site;
import dev.qadocs.testing.SyntheticCorpus;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated questions that share their wording give most of a term's postings exactly the same weight. Lucene ranks
 * equal scores by document, and so are postings of equal weight sorted, so the unread ones lose every tie with the
 * documents already read: the engine ranks as Lucene does from the first blocks, not after reading all of them.
 */
class TiedPostingsTest {

    @TempDir
    Path folder;

    @Test
    void equalWeightsRankAsInLuceneWithoutTheTailBlocks() throws Exception {
        Site site = ParsedSites.parse(SyntheticCorpus.write(folder.resolve("content"), 10, 100));
        new SearchIndexer().write(site, new FolderSink(folder.resolve("site")));
        List<SearchParityTest.Query> queries = new ArrayList<>();
        for (String query : List.of("how", "how does", "behave under load", "queue", "mechanism drops", "counter",
                "mechanism 512", "topic 7", "metric alerts")) {
            queries.add(new SearchParityTest.Query(query, false));
        }
        queries.add(new SearchParityTest.Query("how does mech", true));

        List<List<Integer>> lucene = new ArrayList<>();
        try (LuceneIndex index = new LuceneIndex()) {
            new SiteDocuments(SiteMarkdown.none()).walk(site, index::add);
            try (DirectoryReader reader = index.open()) {
                LuceneQueryPlan plan = new LuceneQueryPlan(reader);
                IndexSearcher searcher = new IndexSearcher(reader);
                for (SearchParityTest.Query q : queries) {
                    lucene.add(Arrays.stream(searcher.search(plan.query(q.query(), q.prefix()), 10).scoreDocs)
                            .map(d -> d.doc).toList());
                }
            }
        }
        List<Map<String, Object>> javascript = NodeScripts.firstQueries(folder.resolve("site"), queries, folder);

        for (int i = 0; i < queries.size(); i++) {
            Map<String, Object> run = javascript.get(i);
            assertThat(lucene.get(i)).as("Lucene's hits for %s", queries.get(i)).hasSize(10);
            assertThat(run.get("hits")).as("top ten for %s", queries.get(i)).isEqualTo(lucene.get(i));
            assertThat(((Map<?, ?>) run.get("files")).keySet()).as("files read for %s", queries.get(i))
                    .noneMatch(name -> name.toString().startsWith("b."));
        }
    }
}
