package dev.qadocs.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the theme's search scripts in Node (20+), the JavaScript engine the tests hold the client to. */
final class NodeScripts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NodeScripts() {
    }

    /** The search client's scripts, in the order a page loads them. */
    static final List<String> SEARCH_SCRIPTS = List.of("search-analysis.js", "search-engine.js", "search-ui.js");

    /** Copies a classpath resource (a theme script, a test script) to a file Node can read. */
    static Path resource(String name, Path folder) throws IOException {
        Path file = folder.resolve(name.substring(name.lastIndexOf('/') + 1));
        try (InputStream in = NodeScripts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** Copies the theme's search scripts into {@code folder}, as a page finds them in {@code assets/}. */
    static void searchScripts(Path folder) throws IOException {
        for (String script : SEARCH_SCRIPTS) {
            resource("/dev/qadocs/theme/assets/" + script, folder);
        }
    }

    /** The search scripts as a Node module ({@code search-client.js}): what they give {@code qadocsSearch}. */
    static Path searchClient(Path folder) throws IOException {
        searchScripts(folder);
        return resource("/dev/qadocs/search/search-client.js", folder);
    }

    static List<List<Integer>> runQueries(Path site, List<?> queries, Path folder) throws IOException, InterruptedException {
        return JSON.readValue(throughQueries("run-queries.js", site, queries, folder), new TypeReference<>() { });
    }

    /** Every document's link as the engine rebuilds it from the record files of {@code site}, in document order. */
    static List<String> recordLinks(Path site, Path folder) throws IOException, InterruptedException {
        return JSON.readValue(node("record-links.js", searchClient(folder).toString(), site.toString()), new TypeReference<>() { });
    }

    /** Each query run on a cold cache by first-query.js: its top ten ({@code hits}) and the bytes of each file read. */
    static List<Map<String, Object>> firstQueries(Path site, List<?> queries, Path folder) throws IOException, InterruptedException {
        return JSON.readValue(throughQueries("first-query.js", site, queries, folder), new TypeReference<>() { });
    }

    /** What {@code script} prints for {@code queries} on the built {@code site}. */
    private static String throughQueries(String script, Path site, List<?> queries, Path folder)
            throws IOException, InterruptedException {
        Path input = folder.resolve("queries.json");
        JSON.writeValue(input.toFile(), queries);
        return node(script, searchClient(folder).toString(), site.toString(), input.toString());
    }

    /** The terms search-analysis.js makes of a text, in order. */
    static List<String> analyze(String text, Path folder) throws IOException, InterruptedException {
        Path input = folder.resolve("text.txt");
        Files.writeString(input, text);
        String out = node("analyze.js", searchClient(folder).toString(), input.toString());
        return out.isEmpty() ? List.of() : List.of(out.split("\n"));
    }

    private static String node(String script, String... args) throws IOException, InterruptedException {
        Path runner = resource("/dev/qadocs/search/" + script, Files.createTempDirectory("node"));
        String[] command = new String[args.length + 2];
        command[0] = "node";
        command[1] = runner.toString();
        System.arraycopy(args, 0, command, 2, args.length);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("node failed: " + String.join(" ", command));
        }
        return out;
    }
}
