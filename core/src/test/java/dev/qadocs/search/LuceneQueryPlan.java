package dev.qadocs.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Lucene query that search-engine.js's query planning stands for, built from Lucene's own parts: the analysis chain
 * for words and terms, the index's term dictionary for completions, and Levenshtein automata for near spellings.
 * Each chosen term becomes a boosted {@link TermQuery} per field, and Lucene's BM25 does the scoring.
 */
final class LuceneQueryPlan {

    static final float PREFIX_BOOST = 0.8f;
    static final int PREFIX_MAX = 20;
    static final int FUZZY_MAX = 10;
    static final float[] FUZZY_BOOST = {1f, 0.6f, 0.4f};

    private final IndexReader reader;
    private final TreeMap<String, Integer> vocabulary = new TreeMap<>();
    private final Analyzer words = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            PatternTokenizer source = new PatternTokenizer(SearchAnalyzer.WORD, 0);
            TokenStream chain = new LengthFilter(source, 1, SearchAnalyzer.MAX_TOKEN_LENGTH);
            return new TokenStreamComponents(source, new LowerCaseFilter(new EnglishPossessiveFilter(chain)));
        }
    };
    private final Analyzer terms = new SearchAnalyzer();

    LuceneQueryPlan(IndexReader reader) throws IOException {
        this.reader = reader;
        for (SearchField field : SearchField.values()) {
            for (var leaf : reader.leaves()) {
                var t = leaf.reader().terms(field.id());
                if (t == null) {
                    continue;
                }
                TermsEnum each = t.iterator();
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    vocabulary.merge(term.utf8ToString(), each.docFreq(), Integer::sum);
                }
            }
        }
    }

    /** The terms a query asks for and their boosts: the test can check expansions happened. */
    Map<String, Float> boosts(String query, boolean prefix) {
        Map<String, Float> boosts = new LinkedHashMap<>();
        List<String> raws = analyze(words, query);
        for (int i = 0; i < raws.size(); i++) {
            String raw = raws.get(i);
            List<String> analyzed = analyze(terms, raw);
            String term = analyzed.isEmpty() ? "" : analyzed.get(0);
            if (!term.isEmpty()) {
                want(boosts, term, 1f);
            }
            if (prefix && i == raws.size() - 1 && raw.length() >= 2) {
                String shortest = raw.substring(0, Math.min(raw.length(), Math.max(4, raw.length() - 3)));
                List<Candidate> found = new ArrayList<>();
                for (Map.Entry<String, Integer> e : vocabulary.tailMap(shortest).entrySet()) {
                    String t = e.getKey();
                    if (!t.startsWith(shortest)) {
                        break;
                    }
                    if (!t.equals(term) && (t.startsWith(raw) || raw.startsWith(t))) {
                        found.add(new Candidate(t, 0, e.getValue()));
                    }
                }
                best(found, PREFIX_MAX).forEach(c -> want(boosts, c.term(), PREFIX_BOOST));
            }
            if (!term.isEmpty() && raw.length() >= 4 && !vocabulary.containsKey(term)) {
                int max = raw.length() >= 8 ? 2 : 1;
                List<Candidate> found = new ArrayList<>();
                String first = term.substring(0, 1);
                CharacterRunAutomaton[] within = new CharacterRunAutomaton[max + 1];
                for (int d = 1; d <= max; d++) {
                    within[d] = new CharacterRunAutomaton(new LevenshteinAutomata(term.substring(1), true).toAutomaton(d, first));
                }
                for (Map.Entry<String, Integer> e : vocabulary.subMap(first, first + Character.MAX_VALUE).entrySet()) {
                    for (int d = 1; d <= max; d++) {
                        if (within[d].run(e.getKey())) {
                            found.add(new Candidate(e.getKey(), d, e.getValue()));
                            break;
                        }
                    }
                }
                best(found, FUZZY_MAX).forEach(c -> want(boosts, c.term(), FUZZY_BOOST[c.distance()]));
            }
        }
        return boosts;
    }

    Query query(String query, boolean prefix) throws IOException {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> term : boosts(query, prefix).entrySet()) {
            for (SearchField field : SearchField.values()) {
                Term t = new Term(field.id(), term.getKey());
                if (reader.docFreq(t) > 0) {
                    builder.add(new BoostQuery(new TermQuery(t), field.boost() * term.getValue()), BooleanClause.Occur.SHOULD);
                }
            }
        }
        return builder.build();
    }

    private record Candidate(String term, int distance, int documents) {
    }

    private static List<Candidate> best(List<Candidate> found, int n) {
        return found.stream().sorted(Comparator.comparingInt(Candidate::distance)
                .thenComparing(Comparator.comparingInt(Candidate::documents).reversed())
                .thenComparing(Candidate::term)).limit(n).toList();
    }

    private static void want(Map<String, Float> boosts, String term, float boost) {
        boosts.merge(term, boost, Math::max);
    }

    static List<String> analyze(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
