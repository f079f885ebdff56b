package dev.qadocs.search;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index files' JSON keys are defined once, by the Java records that write them, and described once to the
 * client, by the {@code @typedef}s of {@code search-engine.js}: the two must name the same fields in the same order.
 */
class SearchManifestTest {

    private static final Pattern DOC_COMMENT = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);
    private static final Pattern TYPEDEF = Pattern.compile("@typedef\\s+\\{Object}\\s+(\\w+)");
    private static final Pattern PROPERTY = Pattern.compile("@property\\s+\\{[^}]*}\\s+(\\w+)");

    @Test
    void everyRecordOfTheIndexFilesHasATypedefOfTheSameFields() throws IOException {
        Map<String, List<String>> typedefs = typedefs(engineScript());
        Map<String, List<String>> records = new LinkedHashMap<>();
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(SearchManifest.class, SearchManifest.CategoryTable.class,
                ResultRecords.RecordFile.class));
        while (!pending.isEmpty()) {
            Class<?> record = pending.pop();
            if (records.containsKey(record.getSimpleName())) {
                continue;
            }
            records.put(record.getSimpleName(), Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList());
            for (RecordComponent component : record.getRecordComponents()) {
                recordsIn(component.getGenericType(), pending);
            }
        }

        assertThat(records).containsKeys("SearchManifest", "IndexField", "CategoryTable", "ShardTable", "TailPacks",
                "RecordFiles", "RecordFile");
        assertThat(typedefs).isEqualTo(records);
    }

    @Test
    void theIndexFilesAreWrittenWithTheRecordsFieldNames() {
        SearchIndexerTest.Files out = new SearchIndexerTest.Files();
        new SearchIndexer().write(SearchIndexerTest.smallSite(), out);

        JsonNode manifest = SearchIndexerTest.data(out, "search/index.js");
        assertThat(names(manifest)).isEqualTo(components(SearchManifest.class));
        assertThat(names(manifest.get("fields").get(0))).isEqualTo(components(SearchManifest.IndexField.class));
        JsonNode categories = SearchIndexerTest.data(out, "search/" + manifest.get("categoryFile").asText());
        assertThat(names(categories)).isEqualTo(components(SearchManifest.CategoryTable.class));
        JsonNode records = SearchIndexerTest.data(out, "search/r." + manifest.get("recordFiles").get("hash").asText() + ".0.js");
        assertThat(names(records)).isEqualTo(components(ResultRecords.RecordFile.class));
    }

    @Test
    void theTypedefReaderFindsEachPropertyInOrder() {
        String script = """
                /**
                 * Some words.
                 * @typedef {Object} Pair
                 * @property {string[]} first  what comes first
                 * @property {number} second
                 */
                /** @typedef {[number, string]} NotAnObject */
                """;
        assertThat(typedefs(script)).isEqualTo(Map.of("Pair", List.of("first", "second")));
    }

    private static void recordsIn(Type type, Deque<Class<?>> pending) {
        if (type instanceof Class<?> c && c.isRecord()) {
            pending.add(c);
        } else if (type instanceof ParameterizedType generic) {
            Arrays.stream(generic.getActualTypeArguments()).forEach(t -> recordsIn(t, pending));
        }
    }

    private static List<String> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Each {@code @typedef {Object} Name} of a script's doc comments, with its properties in order. */
    static Map<String, List<String>> typedefs(String script) {
        Map<String, List<String>> typedefs = new LinkedHashMap<>();
        Matcher comment = DOC_COMMENT.matcher(script);
        while (comment.find()) {
            Matcher typedef = TYPEDEF.matcher(comment.group(1));
            if (typedef.find()) {
                List<String> properties = new ArrayList<>();
                Matcher property = PROPERTY.matcher(comment.group(1));
                while (property.find()) {
                    properties.add(property.group(1));
                }
                typedefs.put(typedef.group(1), properties);
            }
        }
        return typedefs;
    }

    private static String engineScript() throws IOException {
        try (InputStream in = SearchManifestTest.class.getResourceAsStream("/dev/qadocs/theme/assets/search-engine.js")) {
            assertThat(in).as("search-engine.js on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
