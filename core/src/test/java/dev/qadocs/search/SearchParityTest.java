package dev.qadocs.search;

import dev.qadocs.markdown.SiteMarkdown;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qadocs.model.Question;
import dev.qadocs.model.QuickFire;
import dev.qadocs.model.Site;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped search engine (search-engine.js), run in Node over the exported index, ranks exactly as Lucene's IndexSearcher does over
 * the same content: same top ten, same order, for plain words, completions of a half-typed word and typos.
 */
class SearchParityTest {

    @TempDir
    static Path folder;
    private static Site site;
    private static LuceneIndex index;
    private static DirectoryReader reader;
    private static LuceneQueryPlan plan;

    @BeforeAll
    static void build() throws IOException {
        site = ParsedSites.mintlify();
        new SearchIndexer().write(site, new FolderSink(folder.resolve("site")));
        index = new LuceneIndex();
        new SiteDocuments(SiteMarkdown.none()).walk(site, index::add);
        reader = index.open();
        plan = new LuceneQueryPlan(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        index.close();
    }

    record Query(String query, boolean prefix) {
    }

    @Test
    void javascriptRanksLikeLucene() throws Exception {
        List<Query> queries = queries();
        IndexSearcher searcher = new IndexSearcher(reader);
        List<List<Integer>> lucene = new ArrayList<>();
        for (Query q : queries) {
            lucene.add(Arrays.stream(searcher.search(plan.query(q.query(), q.prefix()), 10).scoreDocs)
                    .map(d -> d.doc).toList());
        }
        List<List<Integer>> javascript = NodeScripts.runQueries(folder.resolve("site"), queries, folder);

        assertThat(queries).hasSizeGreaterThanOrEqualTo(200);
        assertThat(lucene.stream().filter(hits -> hits.size() == 10).count()).as("queries with ten hits")
                .isGreaterThan(100);
        for (int i = 0; i < queries.size(); i++) {
            assertThat(javascript.get(i)).as("top ten for %s", queries.get(i)).isEqualTo(lucene.get(i));
        }
    }

    @Test
    void expansionsAreExercised() {
        List<Query> queries = queries();
        long expanded = queries.stream().filter(q -> plan.boosts(q.query(), q.prefix()).values().stream()
                .anyMatch(b -> b < 1f)).count();
        assertThat(expanded).as("queries with completions or typo corrections").isGreaterThan(60);
    }

    /** Known-item style queries from the content: title words, quick-fire lines, half-typed words, typos. */
    static List<Query> queries() {
        Random random = new Random(7);
        List<Question> questions = site.pages().stream().flatMap(p -> p.questions().stream()).toList();
        List<Query> out = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            List<String> words = words(questions.get(random.nextInt(questions.size())).title());
            int from = random.nextInt(words.size());
            out.add(new Query(String.join(" ", words.subList(from, Math.min(words.size(), from + 1 + random.nextInt(3)))), false));
        }
        List<String> quickFire = questions.stream().flatMap(q -> q.sections(QuickFire.class).stream())
                .flatMap(s -> s.pairs().stream()).map(QuickFire.Pair::question).toList();
        for (int i = 0; i < 40; i++) {
            out.add(new Query(quickFire.get(random.nextInt(quickFire.size())), false));
        }
        for (int i = 0; i < 45; i++) {
            List<String> words = words(questions.get(random.nextInt(questions.size())).title());
            String last = words.get(words.size() - 1);
            String typed = last.substring(0, Math.max(2, Math.min(last.length(), 2 + random.nextInt(Math.max(1, last.length() - 1)))));
            out.add(new Query(String.join(" ", words.subList(Math.max(0, words.size() - 2), words.size() - 1)) + " " + typed, true));
        }
        for (int i = 0; i < 45; i++) {
            List<String> words = new ArrayList<>(words(questions.get(random.nextInt(questions.size())).title()));
            int at = random.nextInt(words.size());
            words.set(at, typo(words.get(at), random));
            out.add(new Query(String.join(" ", words), i % 2 == 0));
        }
        out.addAll(List.of(new Query("", false), new Query("the of and", false), new Query("model's", false),
                new Query("2017", false), new Query("zzqxv", false), new Query("Transformer’s ATTENTION", false),
                new Query("a", true), new Query("re", true), new Query("retrieva", true), new Query("embedings", false)));
        return out;
    }

    private static List<String> words(String text) {
        List<String> words = Arrays.stream(text.split("[^\\p{L}\\p{N}']+")).filter(w -> !w.isBlank()).toList();
        return words.isEmpty() ? List.of(text) : words;
    }

    /** One letter changed, dropped, doubled or swapped with the next, as people mistype. */
    static String typo(String word, Random random) {
        if (word.length() < 4) {
            return word;
        }
        int at = 1 + random.nextInt(word.length() - 2);
        StringBuilder b = new StringBuilder(word);
        switch (random.nextInt(4)) {
            case 0 -> b.setCharAt(at, (char) ('a' + random.nextInt(26)));
            case 1 -> b.deleteCharAt(at);
            case 2 -> b.insert(at, b.charAt(at));
            default -> {
                char c = b.charAt(at);
                b.setCharAt(at, b.charAt(at + 1));
                b.setCharAt(at + 1, c);
            }
        }
        return b.toString();
    }
}
