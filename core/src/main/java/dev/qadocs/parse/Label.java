package dev.qadocs.parse;

import dev.qadocs.model.SectionKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A section label: bold text ending in a colon at the start of a line, {@code **Answer:**} or {@code **Answer**:},
 * or bold text that is a titled label on its own, {@code **Follow-up: How does X scale?**}. Which wording starts
 * which kind of section is data, the table in {@code labels.tsv}.
 *
 * <p>Every step is linear in the line: the label is found by scanning for {@code **}, normalising uses no
 * pattern that can backtrack over a run of spaces, and only labels of bounded length meet the table.
 *
 * @param text    the label as written, without the colon ("Red flag answer", "Big Word Alert -- `KV cache`")
 * @param rest    what follows the label on its line: the first words of the section
 * @param kind    the typed section it starts; empty for labels qadocs does not know ("Core components")
 * @param subject what the label names: the term of a glossary label, the question of a titled follow-up label;
 *                empty for other labels
 */
record Label(String text, String rest, Optional<SectionKind> kind, String subject) {

    private static final int ROW_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** {@code \1} or {@code \k<name>} in a row. */
    private static final Pattern BACK_REFERENCE = Pattern.compile("\\\\(?:[1-9]|k<)");
    /** Longer bold text is a bold sentence that a reader does not take for a label. */
    private static final int MAX_LABEL = 200;
    private static final List<Wording> WORDINGS = load("labels.tsv");
    /**
     * Every row in one pattern, its subject group made plain: most texts are no label, and one matcher says so
     * where a matcher per row did. Empty when a row refers back to a group, whose number would change here.
     */
    private static final Optional<Pattern> ANY_ROW = anyRow(WORDINGS);

    /** One kind of dash, "follow-up" and "real-world" one way; run after spaces are collapsed, so each is bounded. */
    private static final List<Rewrite> REWRITES = List.of(
            new Rewrite(" ?(--|\u2013|\u2014) ?", " - ", List.of("--", "\u2013", "\u2014")),
            new Rewrite("follow[- ]?up", "follow-up", List.of("follow")),
            new Rewrite("real[- ]world", "real-world", List.of("real")));

    /** One row of the table; {@code named} when its expression captures a {@code subject}. */
    private record Wording(SectionKind kind, Pattern pattern, boolean named) {
    }

    /** The label starting {@code line}, if it starts with one. */
    static Optional<Label> at(String line) {
        int open = 0;
        while (open < 3 && open < line.length() && line.charAt(open) == ' ') {
            open++;
        }
        int start = open + 2;
        if (!line.startsWith("**", open) || start >= line.length() || Character.isWhitespace(line.charAt(start))) {
            return Optional.empty();
        }
        int close = line.indexOf("**", start + 1);
        if (close < 0) {
            return Optional.empty();
        }
        String inner = line.substring(start, close).strip();
        boolean colonAfter = line.startsWith(":", close + 2);
        String rest = line.substring(close + (colonAfter ? 3 : 2)).strip();
        if (inner.endsWith(":")) {
            return Optional.of(named(inner.substring(0, inner.length() - 1).strip(), rest));
        }
        String normal = normalise(inner);
        if (colonAfter) {
            return Optional.of(named(inner, normal, rest));
        }
        // Without a colon, bold text is a label only when a row names its subject. Most lines that open in bold
        // match no such row, and then need not meet every other row of the table first.
        return namesSubject(normal) ? Optional.of(named(inner, normal, rest)).filter(label -> !label.subject().isEmpty())
                : Optional.empty();
    }

    /** A label given by a heading or an accordion title rather than bold text. */
    static Label named(String text, String rest) {
        return named(text, normalise(text), rest);
    }

    private static Label named(String text, String normal, String rest) {
        if (normal.length() <= MAX_LABEL && ANY_ROW.map(any -> any.matcher(normal).matches()).orElse(true)) {
            for (Wording wording : WORDINGS) {
                Matcher m = wording.pattern().matcher(normal);
                if (m.matches()) {
                    String subject = wording.named() ? m.group("subject").strip() : "";
                    return new Label(text, rest, Optional.of(wording.kind()), subject);
                }
            }
        }
        return new Label(text, rest, Optional.empty(), "");
    }

    /** Whether a row that captures a subject matches {@code normal}: a subject can come from no other row. */
    private static boolean namesSubject(String normal) {
        return normal.length() <= MAX_LABEL
                && WORDINGS.stream().anyMatch(wording -> wording.named() && wording.pattern().matcher(normal).matches());
    }

    boolean isKnown() {
        return kind.isPresent();
    }

    /** The words after this label on {@code line}, at their own column; empty when nothing follows the label. */
    Optional<SourceLine> restOn(SourceLine line) {
        return rest.isEmpty() ? Optional.empty()
                : Optional.of(line.from(line.text().stripTrailing().length() - rest.length()));
    }

    /** No backticks, straight apostrophes, single spaces, one kind of dash, no final colon or period. */
    private static String normalise(String label) {
        StringBuilder out = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (c != '`') {
                out.append(c == '\u2019' ? '\'' : c);
            }
        }
        String text = out.toString().strip();
        // Each rewrite needs a word or a dash that most labels lack: a look for it is cheaper than a matcher's run.
        String lower = text.toLowerCase(Locale.ROOT);
        for (Rewrite rewrite : REWRITES) {
            if (rewrite.isNeeded(lower)) {
                text = rewrite.pattern().matcher(text).replaceAll(rewrite.replacement());
            }
        }
        return text.endsWith(":") || text.endsWith(".") ? text.substring(0, text.length() - 1).strip() : text;
    }

    /** {@code needs}: lower-case text of which every match holds one, so text holding none is left as it is. */
    private record Rewrite(Pattern pattern, String replacement, List<String> needs) {
        Rewrite(String regex, String replacement, List<String> needs) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), replacement, needs);
        }

        /** A loop, not a stream: under C1 a stream per label and rewrite cost more than the look. */
        boolean isNeeded(String lower) {
            for (String need : needs) {
                if (lower.contains(need)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Optional<Pattern> anyRow(List<Wording> wordings) {
        List<String> rows = wordings.stream().map(wording -> wording.pattern().pattern()).toList();
        if (rows.stream().anyMatch(row -> BACK_REFERENCE.matcher(row).find())) {
            return Optional.empty();
        }
        return Optional.of(Pattern.compile(rows.stream().map(row -> "(?:" + row.replace("(?<subject>", "(") + ")")
                .collect(Collectors.joining("|")), ROW_FLAGS));
    }

    /** Reads the table: {@code kind<TAB>regex} rows; {@code #} comments and blank lines are skipped. */
    private static List<Wording> load(String resource) {
        List<Wording> wordings = new ArrayList<>();
        try (InputStream in = Label.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + Label.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String row = reader.readLine(); row != null; row = reader.readLine()) {
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                String[] cells = row.split("\t", 2);
                SectionKind kind = Arrays.stream(SectionKind.values()).filter(k -> k.id().equals(cells[0]))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException(resource + ": unknown kind '" + cells[0] + "'"));
                wordings.add(new Wording(kind, Pattern.compile(cells[1], ROW_FLAGS),
                        cells[1].contains("(?<subject>")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(wordings);
    }
}
