package dev.qadocs.search;

import dev.qadocs.model.Category;
import dev.qadocs.model.FrontMatter;
import dev.qadocs.model.Page;
import dev.qadocs.model.Passage;
import dev.qadocs.model.Prose;
import dev.qadocs.model.Question;
import dev.qadocs.model.SectionKind;
import dev.qadocs.model.Site;
import dev.qadocs.model.SiteConfig;
import dev.qadocs.model.SourcePosition;
import dev.qadocs.write.OutputSink;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexerTest {

    private static final SourcePosition AT = SourcePosition.of("rag.md", 1);

    /** Collects output in memory. */
    static final class Files implements OutputSink {
        final Map<String, byte[]> written = new TreeMap<>();

        @Override
        public synchronized void write(String path, byte[] content) {
            written.put(path, content);
        }

        String text(String path) {
            return new String(written.get(path), StandardCharsets.UTF_8);
        }
    }

    static Site smallSite() {
        Question question = new Question(OptionalInt.of(11), "What problem does retrieval solve?", "11-what-problem",
                List.of(new Prose(SectionKind.ANSWER, "Answer", "", "It grounds **answers** in documents.", List.of(), AT),
                        new Prose(SectionKind.RED_FLAG, "Red flag answer", "",
                                "Saying it removes all errors.", List.of(), AT)), AT);
        Passage passage = new Passage("Case study: a support bot", "case-study", "A bot that cites manuals.", List.of(), true,
                AT);
        Page page = new Page("guide/rag.md", new FrontMatter("Retrieval", "Grounding answers", java.util.Optional.empty(),
                OptionalInt.empty(), Map.of()), "Intro words.", List.of(), List.of(new Category("Basics", "basics", "", List.of(),
                List.of(question, passage, new Passage("", "", "untitled text", List.of(), false, AT)), AT)), List.of(),
                List.of(), AT);
        return new Site(SiteConfig.named("Guide"), List.of(page));
    }

    @Test
    void writesTheManifestAndOneRecordPerQuestionPassageAndIntroduction() {
        Files out = new Files();
        new SearchIndexer().write(smallSite(), out);

        String manifest = out.text("search/index.js");
        assertThat(manifest).startsWith("__qadocs_search({").contains("\"docs\":3")
                .contains("\"pages\":[\"Retrieval\"]", "[0,\"\",0]", "[0,\"Basics\",1]");
        String hash = manifest.replaceAll("(?s).*\"rec\":\"(\\w+)\".*", "$1");
        assertThat(out.written).containsKey("search/r." + hash + ".0.js").doesNotContainKey("search/r." + hash + ".1.js");
        String records = out.text("search/r." + hash + ".0.js");
        assertThat(records).contains("[\"Retrieval\",\"guide/rag.html\",0,\"Grounding answers Intro words.\"]",
                "[\"What problem does retrieval solve?\",\"guide/rag.html#11-what-problem\",1,\"It grounds answers in documents.\"]",
                "[\"Case study: a support bot\",\"guide/rag.html#case-study\",1,\"A bot that cites manuals.\"]")
                .doesNotContain("untitled text");
    }

    @Test
    void linksToAPageWhoseNameNeedsEscapingAreUrlEncoded() {
        Page page = new Page("c# notes.md", new FrontMatter("C sharp", "Notes on the language", java.util.Optional.empty(),
                OptionalInt.empty(), Map.of()), "", List.of(), List.of(), List.of(), List.of(), AT);
        Files out = new Files();
        new SearchIndexer().write(new Site(SiteConfig.named("Guide"), List.of(page)), out);

        String manifest = out.text("search/index.js");
        String hash = manifest.replaceAll("(?s).*\"rec\":\"(\\w+)\".*", "$1");
        // Unencoded, the client would take "#" for the start of the fragment and link to "c".
        assertThat(out.text("search/r." + hash + ".0.js")).contains("\"c%23%20notes.html\"");
    }

    @Test
    void namesEveryFileByItsContentAndWritesTheSameBytesTwice() throws Exception {
        Files first = new Files();
        Files second = new Files();
        new SearchIndexer().write(ParsedSites.mintlify(), first);
        new SearchIndexer().write(ParsedSites.mintlify(), second);

        assertThat(first.written.keySet()).isEqualTo(second.written.keySet());
        first.written.forEach((path, bytes) -> assertThat(second.written.get(path)).as(path).isEqualTo(bytes));
        for (Map.Entry<String, byte[]> file : first.written.entrySet()) {
            assertThat(file.getValue().length).as(file.getKey()).isLessThanOrEqualTo(50 * 1024);
            if (file.getKey().matches("search/[pv]\\..*")) {
                String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.getValue()), 0, 6);
                assertThat(file.getKey()).endsWith("." + hash + ".js");
            }
        }
    }

    @Test
    void anEmptySiteStillGetsAManifest() {
        Files out = new Files();
        new SearchIndexer().write(new Site(SiteConfig.named("Empty"), List.of()), out);
        assertThat(out.written).containsOnlyKeys("search/index.js");
        assertThat(out.text("search/index.js")).contains("\"docs\":0", "\"post\":[]");
    }
}
