package dev.qadocs.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.qadocs.load.SourceFile;
import dev.qadocs.model.Question;
import dev.qadocs.testing.Corpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The eleven real pages of {@code ../shared/corpus/wild}, each in another common Q&amp;A shape: qadocs must find the
 * questions a reader finds there, as {@code expected.json} lists them (read at test time, never copied).
 */
class WildCorpusTest {

    private static final Path WILD = Corpus.projectRoot().resolveSibling("shared").resolve("corpus").resolve("wild");

    static Stream<JsonNode> expectations() throws IOException {
        JsonNode all = new ObjectMapper().readTree(WILD.resolve("expected.json").toFile());
        return StreamSupport.stream(all.spliterator(), false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void findsTheQuestionsAReaderSees(JsonNode expected) throws IOException {
        String file = expected.get("file").asText();
        String text = Files.readString(WILD.resolve(file), StandardCharsets.UTF_8);
        List<Question> questions = new PageParser().parse(new SourceFile(file, text)).page().orElseThrow().questions();
        // expected.json gives the text a reader sees; titles keep their inline Markdown (`code`) for the theme.
        List<String> titles = questions.stream().map(q -> InlineText.plain(q.title())).toList();

        List<OptionalInt> numbers = questions.stream().limit(3).map(Question::number).toList();
        JsonNode firstNumbers = expected.get("first_numbers");
        List<OptionalInt> expectedNumbers = firstNumbers.isNull()
                ? List.of(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty())
                : StreamSupport.stream(firstNumbers.spliterator(), false).map(n -> OptionalInt.of(n.asInt())).toList();

        assertThat(summary(questions.size(), titles.stream().limit(3).toList(),
                titles.isEmpty() ? "" : titles.get(titles.size() - 1), numbers))
                .isEqualTo(summary(expected.get("questions").asInt(), strings(expected.get("first_titles")),
                        expected.get("last_title").asText(), expectedNumbers));
    }

    /** One line per fact, so a failure shows every difference at once without the page's whole model. */
    private static String summary(int count, List<String> firstTitles, String lastTitle, List<OptionalInt> numbers) {
        return "questions: " + count + "\nfirst titles: " + firstTitles + "\nlast title: " + lastTitle
                + "\nfirst numbers: " + numbers;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
