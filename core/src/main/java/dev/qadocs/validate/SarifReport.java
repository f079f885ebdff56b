package dev.qadocs.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.diagnostic.RuleDescriptor;
import dev.qadocs.diagnostic.Severity;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes diagnostics as SARIF 2.1.0, the format GitHub code scanning, GitLab and IDEs read, so CI can show
 * findings on the lines they are about. Paths are relative to the content folder ({@code SRCROOT}).
 */
public final class SarifReport {

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<RuleDescriptor> rules;
    private final Path sourceRoot;

    /**
     * @param rules      listed in the report's tool section; rules met in diagnostics but not listed are added
     * @param sourceRoot the content folder, which diagnostic paths are relative to
     */
    public SarifReport(List<RuleDescriptor> rules, Path sourceRoot) {
        this.rules = List.copyOf(rules);
        this.sourceRoot = sourceRoot;
    }

    public void write(List<Diagnostic> diagnostics, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(file, toJson(diagnostics) + "\n");
    }

    public String toJson(List<Diagnostic> diagnostics) throws IOException {
        List<RuleDescriptor> listed = new ArrayList<>(rules);
        Map<String, Integer> index = new HashMap<>();
        listed.forEach(rule -> index.put(rule.id(), index.size()));
        for (Diagnostic d : diagnostics) {
            if (!index.containsKey(d.rule())) {
                index.put(d.rule(), listed.size());
                listed.add(new RuleDescriptor(d.rule(), d.severity(), ""));
            }
        }

        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "qadocs");
        ArrayNode ruleNodes = driver.putArray("rules");
        for (RuleDescriptor rule : listed) {
            ObjectNode node = ruleNodes.addObject();
            node.put("id", rule.id());
            String description = rule.description().isEmpty() ? rule.id() : rule.description();
            node.putObject("shortDescription").put("text", description);
            node.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
        }
        run.putObject("originalUriBaseIds").putObject("SRCROOT").put("uri", directoryUri(sourceRoot));
        ArrayNode results = run.putArray("results");
        for (Diagnostic d : diagnostics) {
            ObjectNode result = results.addObject();
            result.put("ruleId", d.rule());
            result.put("ruleIndex", index.get(d.rule()));
            result.put("level", level(d.severity()));
            result.putObject("message").put("text", d.message());
            ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
            location.putObject("artifactLocation")
                    .put("uri", relativeUri(d.position().file()))
                    .put("uriBaseId", "SRCROOT");
            location.putObject("region")
                    .put("startLine", d.position().line())
                    .put("startColumn", d.position().column());
        }
        return JSON.writeValueAsString(root);
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case OFF -> "none";
        };
    }

    private static String directoryUri(Path dir) {
        String uri = dir.toAbsolutePath().normalize().toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private static String relativeUri(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }
}
