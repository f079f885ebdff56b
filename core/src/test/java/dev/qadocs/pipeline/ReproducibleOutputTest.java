package dev.qadocs.pipeline;

import dev.qadocs.testing.Corpus;
import dev.qadocs.testing.SiteFiles;
import dev.qadocs.testing.SyntheticCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publish-ready output is reproducible: the same content gives the same bytes in every file, whatever the
 * thread count, whatever else the machine is doing, so a deploy diff shows only real changes.
 */
class ReproducibleOutputTest {

    @TempDir
    Path temp;
    Path content;

    @BeforeEach
    void content() throws IOException {
        content = SyntheticCorpus.write(temp.resolve("content"), 4, 10);
        try (Stream<Path> pages = Files.list(Corpus.siteContent())) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).toList()) {
                Files.copy(page, content.resolve(page.getFileName()));
            }
        }
    }

    @Test
    void twoBuildsAreByteIdenticalFileByFile() throws Exception {
        Map<String, String> first = build(temp.resolve("first"));
        Map<String, String> second = build(temp.resolve("second"));

        assertThat(first).containsKey("index.html");
        assertThat(second).containsExactlyEntriesOf(first);
    }

    @Test
    void buildsRunningSideBySideAndWithOneThreadGiveTheSameBytes() throws Exception {
        Map<String, String> reference = build(temp.resolve("reference"));

        CompletableFuture<Map<String, String>> a = CompletableFuture.supplyAsync(() -> buildUnchecked(temp.resolve("a")));
        CompletableFuture<Map<String, String>> b = CompletableFuture.supplyAsync(() -> buildUnchecked(temp.resolve("b")));
        Map<String, String> singleThreaded = buildInJvm(temp.resolve("single"),
                "-Djava.util.concurrent.ForkJoinPool.common.parallelism=1");

        assertThat(a.get(120, TimeUnit.SECONDS)).containsExactlyEntriesOf(reference);
        assertThat(b.get(120, TimeUnit.SECONDS)).containsExactlyEntriesOf(reference);
        assertThat(singleThreaded).containsExactlyEntriesOf(reference);
    }

    private Map<String, String> build(Path output) throws Exception {
        new SiteBuilder().build(PipelineOptions.of(content, output));
        return SiteFiles.digests(output);
    }

    private Map<String, String> buildUnchecked(Path output) {
        try {
            return build(output);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> buildInJvm(Path output, String flag) throws Exception {
        Process java = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), flag,
                "-cp", System.getProperty("java.class.path"), BuildOnce.class.getName(),
                content.toString(), output.toString()).inheritIO().start();
        assertThat(java.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).isZero();
        return SiteFiles.digests(output);
    }
}
