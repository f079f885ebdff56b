package dev.qadocs.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the JavaScript unit tests of the search scripts ({@code src/test/js}) with Node's own test runner. */
class SearchScriptTest {

    @TempDir
    Path folder;

    @Test
    void nodeUnitTestsPass() throws Exception {
        Path tests = Path.of("src/test/js").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder("node", "--test", tests.resolve("search.test.js").toString())
                .redirectErrorStream(true);
        builder.environment().put("SEARCH_CLIENT", NodeScripts.searchClient(folder).toString());
        Process node = builder.start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(node.exitValue()).as(output).isZero();
        assertThat(output).contains("# fail 0").doesNotContain("# pass 0");
    }
}
