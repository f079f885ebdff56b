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
import java.util.concurrent.TimeUnit;

/** Runs the theme's search.js in Node (20+), the JavaScript engine the tests hold the client to. */
final class NodeScripts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NodeScripts() {
    }

    /** Copies a classpath resource (the theme's search.js, a test script) to a file Node can read. */
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

    static Path searchJs(Path folder) throws IOException {
        return resource("/dev/qadocs/theme/assets/search.js", folder);
    }

    static List<List<Integer>> runQueries(Path site, List<?> queries, Path folder) throws IOException, InterruptedException {
        Path input = folder.resolve("queries.json");
        JSON.writeValue(input.toFile(), queries);
        String out = node("run-queries.js", searchJs(folder).toString(), site.toString(), input.toString());
        return JSON.readValue(out, new TypeReference<>() { });
    }

    /** The terms search.js's analysis makes of a text, in order. */
    static List<String> analyze(String text, Path folder) throws IOException, InterruptedException {
        Path input = folder.resolve("text.txt");
        Files.writeString(input, text);
        String out = node("analyze.js", searchJs(folder).toString(), input.toString());
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
