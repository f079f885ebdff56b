package dev.qadocs.parse;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.model.FrontMatter;
import dev.qadocs.model.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Reads the YAML between the {@code ---} lines that open a page. Errors point at the file line (the YAML parser
 * counts from the first YAML line, one below the opening {@code ---}).
 */
final class FrontMatterReader {

    private static final String RULE = ParseRules.FRONT_MATTER.id();

    private FrontMatterReader() {
    }

    /**
     * @param meta      the front matter; title empty when none is written
     * @param bodyStart index of the first line after the front matter
     */
    record Result(FrontMatter meta, int bodyStart) {
    }

    static Result read(String file, List<String> lines, Consumer<Diagnostic> report) {
        FrontMatter none = FrontMatter.titled("");
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return new Result(none, 0);
        }
        int close = 1;
        while (close < lines.size() && !isClosing(lines.get(close))) {
            close++;
        }
        if (close == lines.size()) {
            report.accept(Diagnostic.error(SourcePosition.of(file, 1), RULE,
                    "front matter is never closed: add a line with --- after the YAML"));
            return new Result(none, 0);
        }
        String yaml = String.join("\n", lines.subList(1, close));
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourcePosition at = mark == null ? SourcePosition.of(file, 2)
                    : new SourcePosition(file, mark.getLine() + 2, mark.getColumn() + 1);
            report.accept(Diagnostic.error(at, RULE, "front matter is not valid YAML: " + e.getProblem()));
            return new Result(none, close + 1);
        } catch (YAMLException e) {
            report.accept(Diagnostic.error(SourcePosition.of(file, 2), RULE, "front matter is not valid YAML: " + e.getMessage()));
            return new Result(none, close + 1);
        }
        if (loaded == null) {
            return new Result(none, close + 1);
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            report.accept(Diagnostic.error(SourcePosition.of(file, 2), RULE, "front matter must be YAML keys and values"));
            return new Result(none, close + 1);
        }
        return new Result(typed(file, lines, map, report), close + 1);
    }

    private static boolean isClosing(String line) {
        String trimmed = line.strip();
        return trimmed.equals("---") || trimmed.equals("...");
    }

    private static FrontMatter typed(String file, List<String> lines, Map<?, ?> map, Consumer<Diagnostic> report) {
        Map<String, Object> extra = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (key != null && value != null) {
                extra.put(String.valueOf(key), value);
            }
        });
        String title = text(extra.remove("title"));
        String description = text(extra.remove("description"));
        Optional<String> icon = Optional.of(text(extra.remove("icon"))).filter(s -> !s.isEmpty());
        Object order = extra.remove("order");
        OptionalInt position = OptionalInt.empty();
        if (order instanceof Integer number) {
            position = OptionalInt.of(number);
        } else if (order != null) {
            report.accept(Diagnostic.error(SourcePosition.of(file, lineOf(lines, "order")), RULE,
                    "order must be a whole number, not '" + order + "'"));
        }
        return new FrontMatter(title, description, icon, position, extra);
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value).strip();
    }

    private static int lineOf(List<String> lines, String key) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 1;
    }
}
