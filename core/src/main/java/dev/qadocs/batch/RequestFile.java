package dev.qadocs.batch;

import dev.qadocs.batch.BatchRequest.Goal;
import dev.qadocs.validate.external.ExternalLinkOptions;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A {@link BatchRequest} as a UTF-8 properties file, which is how a request reaches {@link BatchMain}:
 * {@link Properties} escapes every key and value, so paths with spaces, rule lists with commas and {@code =}, URLs
 * and line breaks arrive exactly as they left, which a command line split by a shell or by Maven cannot promise.
 * Keys are the goal's parameter names ({@code source}, {@code siteName}…), {@code rule.ID} per rule severity and
 * {@code links.*} for the link check; a missing optional key is an unset parameter.
 */
public final class RequestFile {

    private static final String RULE = "rule.";

    private RequestFile() {
    }

    public static void write(BatchRequest request, Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("goal", request.goal().name());
        p.setProperty("source", request.source().toString());
        p.setProperty("output", request.output().toString());
        request.templateDirectory().ifPresent(dir -> p.setProperty("templateDirectory", dir.toString()));
        request.siteName().ifPresent(name -> p.setProperty("siteName", name));
        request.baseUrl().ifPresent(url -> p.setProperty("baseUrl", url));
        request.editUrl().ifPresent(url -> p.setProperty("editUrl", url));
        request.questions().ifPresent(unit -> p.setProperty("questions", unit));
        p.setProperty("siteRoot", request.siteRoot());
        request.rules().forEach((rule, severity) -> p.setProperty(RULE + rule, severity));
        request.ruleOverrides().ifPresent(pairs -> p.setProperty("ruleOverrides", pairs));
        p.setProperty("failOnWarning", Boolean.toString(request.failOnWarning()));
        ExternalLinkOptions links = request.externalLinks();
        p.setProperty("links.enabled", Boolean.toString(links.enabled()));
        p.setProperty("links.offline", Boolean.toString(links.offline()));
        p.setProperty("links.timeout", links.timeout().toString());
        p.setProperty("links.parallelism", Integer.toString(links.parallelism()));
        p.setProperty("links.perHost", Integer.toString(links.perHost()));
        p.setProperty("links.hostDelay", links.hostDelay().toString());
        p.setProperty("links.retries", Integer.toString(links.retries()));
        p.setProperty("links.backoff", links.backoff().toString());
        links.cacheFile().ifPresent(cache -> p.setProperty("links.cacheFile", cache.toString()));
        p.setProperty("links.cacheMaxAge", links.cacheMaxAge().toString());
        p.setProperty("links.privateHosts", Boolean.toString(links.privateHosts()));
        request.report().ifPresent(report -> p.setProperty("report", report.toString()));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "qadocs " + request.goal().name().toLowerCase(Locale.ROOT) + " request");
        }
    }

    /** The request in {@code file}; a file that is not one is {@link BatchRequest.InvalidException invalid}. */
    public static BatchRequest read(Path file) throws IOException, BatchRequest.InvalidException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Values v = new Values(p, file);
        Map<String, String> rules = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(RULE)) {
                rules.put(key.substring(RULE.length()), p.getProperty(key));
            }
        }
        return new BatchRequest(v.parsed("goal", Goal::valueOf), Path.of(v.required("source")),
                Path.of(v.required("output")), v.optional("templateDirectory").map(Path::of), v.optional("siteName"),
                v.optional("baseUrl"), v.optional("editUrl"), v.optional("questions"), v.required("siteRoot"), rules,
                v.optional("ruleOverrides"), v.bool("failOnWarning"), v.links(), v.optional("report").map(Path::of));
    }

    /** The file's values by type; a missing or unreadable one names the key and the file. */
    private record Values(Properties properties, Path file) {

        ExternalLinkOptions links() throws BatchRequest.InvalidException {
            int parallelism = integer("links.parallelism");
            int perHost = integer("links.perHost");
            int retries = integer("links.retries");
            if (parallelism < 1 || perHost < 1 || retries < 0) {
                throw invalid("links.parallelism, links.perHost or links.retries", "is out of range");
            }
            return new ExternalLinkOptions(bool("links.enabled"), bool("links.offline"), duration("links.timeout"),
                    parallelism, perHost, duration("links.hostDelay"), retries, duration("links.backoff"),
                    optional("links.cacheFile").map(Path::of), duration("links.cacheMaxAge"),
                    bool("links.privateHosts"));
        }

        Optional<String> optional(String key) {
            return Optional.ofNullable(properties.getProperty(key));
        }

        String required(String key) throws BatchRequest.InvalidException {
            return optional(key).orElseThrow(() -> invalid(key, "is missing"));
        }

        <T> T parsed(String key, Function<String, T> parser) throws BatchRequest.InvalidException {
            String value = required(key);
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw invalid(key, "is '" + value + "', which is not one");
            }
        }

        boolean bool(String key) throws BatchRequest.InvalidException {
            return parsed(key, value -> switch (value) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException(value);
            });
        }

        int integer(String key) throws BatchRequest.InvalidException {
            return parsed(key, Integer::parseInt);
        }

        Duration duration(String key) throws BatchRequest.InvalidException {
            return parsed(key, Duration::parse);
        }

        private BatchRequest.InvalidException invalid(String key, String problem) {
            return new BatchRequest.InvalidException("qadocs: request file " + file + ": " + key + " " + problem);
        }
    }
}
