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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

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

        JsonNode manifest = data(out, "search/index.js");
        assertThat(manifest.get("documents").asInt()).isEqualTo(3);
        JsonNode categories = data(out, "search/" + manifest.get("categoryFile").asText());
        assertThat(categories.toString()).isEqualTo("{\"pageTitles\":[\"Retrieval\"],\"pages\":[0,0],"
                + "\"titles\":[\"\",\"Basics\"],\"firstDocuments\":[0,1]}");
        String hash = manifest.get("recordFiles").get("hash").asText();
        assertThat(out.written).containsKey("search/r." + hash + ".0.js").doesNotContainKey("search/r." + hash + ".1.js");
        JsonNode records = data(out, "search/r." + hash + ".0.js");
        assertThat(records.toString()).isEqualTo("{\"pages\":[\"Retrieval\",\"Retrieval\"],"
                + "\"pageUrls\":[\"guide/rag.html\",\"guide/rag.html\"],\"categories\":[\"\",\"Basics\"],\"groups\":[0,1,1],"
                + "\"titles\":[\"Retrieval\",\"What problem does retrieval solve?\",\"Case study: a support bot\"],"
                + "\"anchors\":[\"\",\"#11-what-problem\",\"#case-study\"],\"snippets\":[\"Grounding answers Intro words.\","
                + "\"It grounds answers in documents.\",\"A bot that cites manuals.\"]}");
        assertThat(records.toString()).doesNotContain("untitled text");
    }

    @Test
    void linksToAPageWhoseNameNeedsEscapingAreUrlEncoded() {
        Page page = new Page("c# notes.md", new FrontMatter("C sharp", "Notes on the language", java.util.Optional.empty(),
                OptionalInt.empty(), Map.of()), "", List.of(), List.of(), List.of(), List.of(), AT);
        Files out = new Files();
        new SearchIndexer().write(new Site(SiteConfig.named("Guide"), List.of(page)), out);

        String hash = data(out, "search/index.js").get("recordFiles").get("hash").asText();
        // Unencoded, the client would take "#" for the start of the fragment and link to "c".
        assertThat(data(out, "search/r." + hash + ".0.js").get("pageUrls").toString()).contains("\"c%23%20notes.html\"");
    }

    @Test
    void namesEveryFileByItsContentAndWritesTheSameBytesTwice() {
        Files first = new Files();
        Files second = new Files();
        new SearchIndexer().write(ParsedSites.mintlify(), first);
        new SearchIndexer().write(ParsedSites.mintlify(), second);

        assertThat(first.written.keySet()).isEqualTo(second.written.keySet());
        first.written.forEach((path, bytes) -> assertThat(second.written.get(path)).as(path).isEqualTo(bytes));
        for (Map.Entry<String, byte[]> file : first.written.entrySet()) {
            assertThat(file.getValue().length).as(file.getKey()).isLessThanOrEqualTo(50 * 1024);
            if (file.getKey().matches("search/[pv]\\..*")) {
                CRC32 crc32 = new CRC32();
                crc32.update(file.getValue());
                CRC32C crc32c = new CRC32C();
                crc32c.update(file.getValue());
                String hash = HexFormat.of().toHexDigits(crc32.getValue() << 32 | crc32c.getValue()).substring(0, 12);
                assertThat(file.getKey()).endsWith("." + hash + ".js");
            }
        }
    }

    @Test
    void anEmptySiteStillGetsAManifest() {
        Files out = new Files();
        new SearchIndexer().write(new Site(SiteConfig.named("Empty"), List.of()), out);
        JsonNode manifest = data(out, "search/index.js");
        // The filter's (empty) category table, and no shard.
        assertThat(out.written).containsOnlyKeys("search/index.js", "search/" + manifest.get("categoryFile").asText());
        assertThat(manifest.get("documents").asInt()).isZero();
        assertThat(manifest.get("postingShards").get("files")).isEmpty();
    }

    /** The JSON an index script hands to {@code __qadocs_search}, deflated and in base64. */
    static JsonNode data(Files out, String path) {
        String script = out.text(path);
        assertThat(script).startsWith("__qadocs_search(\"").endsWith("\")\n");
        byte[] deflated = Base64.getDecoder().decode(script.substring("__qadocs_search(\"".length(), script.length() - 3));
        try (InputStream json = new InflaterInputStream(new ByteArrayInputStream(deflated), new Inflater(true))) {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError(path + " holds no deflated JSON", e);
        }
    }
}
