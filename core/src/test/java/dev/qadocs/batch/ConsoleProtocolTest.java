package dev.qadocs.batch;

import dev.qadocs.batch.Console.Level;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the forked JVM prints arrives in the parent line for line, at its level, with the outcome's message. */
class ConsoleProtocolTest {

    private final List<String> relayed = new ArrayList<>();
    private final ConsoleProtocol.Relay relay = new ConsoleProtocol.Relay((level, line) -> relayed.add(level + "|" + line));

    private void send(Outcome outcome, String... lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Console console = ConsoleProtocol.writer(out);
        for (String line : lines) {
            Level level = Level.valueOf(line.substring(0, line.indexOf('|')));
            console.print(level, line.substring(line.indexOf('|') + 1));
        }
        ConsoleProtocol.write(outcome, out);
        bytes.toString(StandardCharsets.UTF_8).lines().forEach(relay::accept);
    }

    @Test
    void linesArriveInOrderAtTheirLevelsMultiLineMessagesAndBackslashesWhole() {
        String[] lines = {"DEBUG|qadocs: build JVM", "ERROR|a.md:3:1: error: front matter: mapping values\n"
                + " in 'reader', line 2\r\n not allowed here [front-matter]", "WARN|b.md:1:1: warning: C:\\path\\n [x]",
                "INFO|qadocs: 1 error, 1 warning in 2 pages", "INFO|"};

        send(Outcome.failed("qadocs: 1 error, 1 warning in 2 pages"), lines);

        assertThat(relayed).containsExactly(lines);
        assertThat(relay.outcome(Outcome.Kind.FAILED.exitStatus()))
                .contains(Outcome.failed("qadocs: 1 error, 1 warning in 2 pages"));
    }

    @Test
    void aSuccessNeedsNoMessage() {
        send(Outcome.done(), "INFO|qadocs: site written");

        assertThat(relay.outcome(0)).contains(Outcome.done());
    }

    @Test
    void anExitWithoutAnOutcomeIsNoneOfQadocsOutcomes() {
        send(Outcome.done(), "INFO|qadocs: starting");

        assertThat(relay.outcome(1)).isEmpty();
        assertThat(relay.outcome(Outcome.Kind.FAILED.exitStatus())).as("a failure status without its message").isEmpty();
    }

    @Test
    void aLineSomethingElsePrintedIsShownAsItIs() {
        relay.accept("Picked up JAVA_TOOL_OPTIONS: -Dx=1");

        assertThat(relayed).containsExactly("INFO|Picked up JAVA_TOOL_OPTIONS: -Dx=1");
    }
}
