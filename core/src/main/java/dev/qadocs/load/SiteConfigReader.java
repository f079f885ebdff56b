package dev.qadocs.load;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.model.SiteConfig;
import dev.qadocs.model.SourcePosition;
import dev.qadocs.parse.QuestionUnit;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads {@code qadocs.yml}: {@code name}, {@code summary}, {@code baseUrl}, {@code questions}. Anything it cannot use is reported, not thrown. */
final class SiteConfigReader {

    static final String FILE_NAME = "qadocs.yml";
    private static final List<String> KEYS = List.of("name", "summary", "baseUrl", "questions");

    private SiteConfigReader() {
    }

    static SiteConfig read(String text, String defaultName, Consumer<Diagnostic> report) {
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 1;
            report.accept(error(line, "qadocs.yml is not valid YAML: " + e.getProblem()));
            return SiteConfig.named(defaultName);
        } catch (YAMLException e) {
            report.accept(error(1, "qadocs.yml is not valid YAML: " + e.getMessage()));
            return SiteConfig.named(defaultName);
        }
        if (loaded == null) {
            return SiteConfig.named(defaultName);
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            report.accept(error(1, "qadocs.yml must be a mapping of name, summary and baseUrl"));
            return SiteConfig.named(defaultName);
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                report.accept(Diagnostic.warning(SourcePosition.of(FILE_NAME, lineOfKey(text, String.valueOf(key))), "config",
                        "unknown key '" + key
                        + "' in qadocs.yml (known: " + String.join(", ", KEYS) + ")"));
            }
        }
        String name = text(map.get("name")).orElse(defaultName);
        String summary = text(map.get("summary")).orElse("");
        Optional<String> questions = text(map.get("questions"));
        if (questions.isPresent() && QuestionUnit.parse(questions.get()).isEmpty()) {
            report.accept(error(lineOfKey(text, "questions"), "questions: '" + questions.get()
                    + "' is not a way to read questions; use one of " + QuestionUnit.FORMS));
            questions = Optional.empty();
        }
        return new SiteConfig(name, summary, text(map.get("baseUrl")), questions);
    }

    private static Optional<String> text(Object value) {
        return value == null || String.valueOf(value).isBlank() ? Optional.empty() : Optional.of(String.valueOf(value).trim());
    }

    private static int lineOfKey(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":") || lines[i].startsWith(key + " ")) {
                return i + 1;
            }
        }
        return 1;
    }

    private static Diagnostic error(int line, String message) {
        return Diagnostic.error(SourcePosition.of(FILE_NAME, line), "config", message);
    }
}
