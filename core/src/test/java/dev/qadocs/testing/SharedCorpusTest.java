package dev.qadocs.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.TestAbortedException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** A checkout without {@code ../shared} beside it: one message naming the folder, skipped locally, failed in CI. */
class SharedCorpusTest {

    private static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));

    @TempDir
    Path parent;

    private Path checkout() throws IOException {
        return Files.createDirectories(parent.resolve("qadocs").resolve("site-content")).getParent();
    }

    @Test
    void aPresentFolderIsReturned() throws IOException {
        Path root = checkout();
        Path mintlify = Files.createDirectories(parent.resolve("shared/corpus/mintlify"));

        assertThat(Corpus.require(root, "corpus/mintlify", false)).isEqualTo(mintlify);
        assertThat(Corpus.require(root, "corpus/mintlify", true)).isEqualTo(mintlify);
    }

    @Test
    void aMissingFolderSkipsLocallyNamingIt() throws IOException {
        Path root = checkout();

        assertThatThrownBy(() -> Corpus.require(root, "corpus/mintlify", false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining(parent.resolve("shared/corpus/mintlify").toString())
                .hasMessageContaining("../shared beside the project root");
    }

    @Test
    void aMissingFolderFailsInCi() throws IOException {
        Path root = checkout();

        assertThatThrownBy(() -> Corpus.require(root, "hostile-input", true))
                .isInstanceOf(AssertionError.class)
                .isNotInstanceOf(TestAbortedException.class)
                .hasMessageContaining(parent.resolve("shared/hostile-input").toString())
                .hasMessageContaining("CI=true, so this fails");
    }

    /**
     * The real-content test classes, run as in a clone with no {@code ../shared}: every test that needs the corpus
     * ends with the helper's message (skipped, or failed under {@code CI=true}), none with a
     * {@code NoSuchFileException}.
     */
    @Test
    void realContentTestsInACloneWithoutSharedGiveTheMessageNotAStackOfMissingFiles() throws IOException {
        Events tests = withProjectRoot(checkout(),
                () -> EngineTestKit.engine("junit-jupiter").selectors(realContentTests()).execute().allEvents());

        List<Throwable> endings = Stream.concat(tests.aborted().stream(), tests.failed().stream())
                .map(event -> event.getPayload(TestExecutionResult.class)).flatMap(Optional::stream)
                .map(result -> result.getThrowable().orElseThrow())
                .toList();
        assertThat(endings).hasSizeGreaterThanOrEqualTo(4).allSatisfy(t -> {
            assertThat(t).isInstanceOf(CI ? AssertionError.class : TestAbortedException.class)
                    .hasMessageContaining(parent.resolve("shared/corpus/mintlify").toString());
        });
        assertThat(CI ? tests.aborted().count() : tests.failed().count()).isZero();
    }

    /** Surefire shows skips without reasons, so the run ends with one line that gives it; failures give their own. */
    @Test
    void aRunWithSkipsEndsWithOneLineSayingHowManyAndWhy() throws IOException {
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        SharedCorpusReport report = new SharedCorpusReport(new PrintStream(said, true, StandardCharsets.UTF_8));
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false).build());

        withProjectRoot(checkout(), () -> {
            launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(realContentTests()).build(), report);
            return null;
        });

        if (CI) {
            assertThat(said.toString(StandardCharsets.UTF_8)).isEmpty();
        } else {
            assertThat(said.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                    .matches("\\[WARNING] qadocs tests: \\d+ skipped \\(tests or whole test classes\\), because the shared "
                            + "test corpus .* is missing: .*")
                    .contains(parent.resolve("shared/corpus/mintlify").toString());
        }
    }

    private static DiscoverySelector[] realContentTests() {
        return Stream.of("dev.qadocs.parse.CorpusTest", "dev.qadocs.pipeline.CorpusSiteTest",
                        "dev.qadocs.validate.CorpusValidationTest", "dev.qadocs.search.AnalysisParityTest")
                .map(name -> selectClass(name)).toArray(DiscoverySelector[]::new);
    }

    /** Runs {@code run} with the tests' project root pointing at {@code root}, then puts the real one back. */
    private static <T> T withProjectRoot(Path root, Supplier<T> run) {
        String previous = System.getProperty("qadocs.projectRoot");
        System.setProperty("qadocs.projectRoot", root.toString());
        try {
            return run.get();
        } finally {
            if (previous == null) {
                System.clearProperty("qadocs.projectRoot");
            } else {
                System.setProperty("qadocs.projectRoot", previous);
            }
        }
    }
}
