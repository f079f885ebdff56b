package dev.qadocs.serve;

import dev.qadocs.pipeline.PipelineFailedException;
import dev.qadocs.pipeline.PipelineOptions;
import dev.qadocs.pipeline.SiteBuilder;
import dev.qadocs.model.Page;
import dev.qadocs.model.Site;
import dev.qadocs.testing.SiteFiles;
import dev.qadocs.write.OutputSink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Incremental rebuilds through the real stages: the least work, and always the same result as a full build. */
class LiveSiteTest {

    @TempDir
    Path temp;
    Path source;
    Path output;
    PipelineOptions options;
    final List<String> calls = new CopyOnWriteArrayList<>();
    LiveSite site;
    /** Lets a test keep the whole-site stages busy while it edits again. */
    volatile CountDownLatch holdWholeSite = new CountDownLatch(0);

    @BeforeEach
    void build() throws Exception {
        source = Files.createDirectories(temp.resolve("content"));
        output = temp.resolve("site");
        write("a.md", page("Alpha", 1, "What is alpha?", "Alpha is the first."));
        write("b.md", page("Beta", 2, "What is beta?", "Beta is the second."));
        options = PipelineOptions.of(source, output)
                .withTemplateDirectory(Files.createDirectories(temp.resolve("theme")));
        site = new LiveSite(options, () -> new Recording(new PipelinePublisher(options)));
        site.buildAll();
    }

    private static String page(String title, int order, String question, String answer) {
        return "---\ntitle: " + title + "\norder: " + order + "\n---\n\n## Basics\n\n### 1. " + question
                + "\n\n**Answer:** " + answer + "\n";
    }

    @Test
    void anAnswerEditRendersOnlyItsPage() throws Exception {
        Rebuild rebuild = edit("a.md", page("Alpha", 1, "What is alpha?", "Alpha comes first, edited."));

        assertThat(rebuild.everything()).isFalse();
        assertThat(rebuild.siteChanged()).isTrue();
        assertThat(rebuild.renderedPages()).containsExactly("a.md");
        assertThat(calls).containsExactly("page a.md", "whole site");
        assertThat(output.resolve("a.html")).content().contains("Alpha comes first, edited.");
        assertSameAsAFullBuild();
    }

    @Test
    void aQuestionTitleEditRendersEveryPageBecauseNavigationShowsIt() throws Exception {
        Rebuild rebuild = edit("a.md", page("Alpha", 1, "What is alpha, really?", "Alpha is the first."));

        assertThat(rebuild.everything()).isTrue();
        assertThat(calls).contains("shared", "page a.md", "page b.md", "whole site");
        assertSameAsAFullBuild();
    }

    @Test
    void savingWithoutChangesRendersNothing() throws Exception {
        Rebuild rebuild = edit("b.md", Files.readString(source.resolve("b.md")));

        assertThat(rebuild.renderedPages()).isEmpty();
        assertThat(rebuild.siteChanged()).isFalse();
        assertThat(calls).isEmpty();
    }

    @Test
    void addingAndRemovingPagesRendersEverythingAndDeletesTheRemovedPage() throws Exception {
        edit("c.md", page("Gamma", 3, "What is gamma?", "Gamma is the third."));
        assertThat(output.resolve("c.html")).content().contains("What is gamma?");
        assertSameAsAFullBuild();

        Files.delete(source.resolve("c.md"));
        Rebuild removed = update(source.resolve("c.md"));

        assertThat(removed.everything()).isTrue();
        assertThat(output.resolve("c.html")).doesNotExist();
        assertSameAsAFullBuild();
    }

    @Test
    void assetsAreCopiedWhenAddedOrChangedAndRemovedWhenDeleted() throws Exception {
        Files.createDirectories(source.resolve("img"));
        edit("img/chart.svg", "<svg/>");
        assertThat(output.resolve("img/chart.svg")).hasContent("<svg/>");

        edit("img/chart.svg", "<svg></svg>");
        assertThat(output.resolve("img/chart.svg")).hasContent("<svg></svg>");
        assertSameAsAFullBuild();

        Files.delete(source.resolve("img/chart.svg"));
        update(source.resolve("img/chart.svg"));
        assertThat(output.resolve("img/chart.svg")).doesNotExist();
    }

    @Test
    void wholeSiteOutputsOvertakenByANewerEditAreThrownAwayAndTheNextOnesLand() throws Exception {
        write("a.md", page("Alpha", 1, "What is alpha?", "First edit."));
        site.update(Set.of(source.resolve("a.md")));
        holdWholeSite = new CountDownLatch(1);
        CompletableFuture<Optional<Duration>> slow = CompletableFuture.supplyAsync(this::catchUpUnchecked);
        while (!calls.contains("whole site")) {
            Thread.sleep(5);
        }

        write("a.md", page("Alpha", 1, "What is alpha?", "Second edit."));
        site.update(Set.of(source.resolve("a.md")));
        holdWholeSite.countDown();

        assertThat(slow.get(60, TimeUnit.SECONDS)).isEmpty();
        assertThat(site.catchUp()).isPresent();
        assertThat(output.resolve("a.md")).content().contains("Second edit.");
        assertSameAsAFullBuild();
    }

    private Optional<Duration> catchUpUnchecked() {
        try {
            return site.catchUp();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aTemplateChangeRendersEverythingWithTheNewTemplates() throws Exception {
        Path theme = temp.resolve("theme");
        Files.writeString(theme.resolve("unrelated.txt"), "x");

        Rebuild rebuild = update(theme.resolve("unrelated.txt"));

        assertThat(rebuild.everything()).isTrue();
        assertThat(calls).contains("shared", "page a.md", "page b.md");
    }

    @Test
    void aBrokenEditWritesNothingAndTheNextGoodOneRecovers() throws Exception {
        Map<String, String> before = SiteFiles.digests(output);

        assertThatThrownBy(() -> edit("a.md", "---\ntitle: [unclosed\n---\n\n### 1. Broken?\n"))
                .isInstanceOf(PipelineFailedException.class)
                .satisfies(e -> assertThat(((PipelineFailedException) e).diagnostics()).isNotEmpty()
                        .allSatisfy(d -> assertThat(d.position().file()).isEqualTo("a.md")));
        assertThat(SiteFiles.digests(output)).isEqualTo(before);

        edit("a.md", page("Alpha", 1, "What is alpha?", "Alpha is back."));
        assertThat(output.resolve("a.html")).content().contains("Alpha is back.");
        assertSameAsAFullBuild();
    }

    private Rebuild edit(String path, String text) throws Exception {
        write(path, text);
        calls.clear();
        return update(source.resolve(path));
    }

    private Rebuild update(Path changed) throws Exception {
        Rebuild rebuild = site.update(Set.of(changed));
        site.catchUp();
        return rebuild;
    }

    private void write(String path, String text) throws IOException {
        Files.writeString(source.resolve(path), text);
    }

    /** The incremental result must be exactly what a full build of the same content publishes. */
    private void assertSameAsAFullBuild() throws Exception {
        Path fresh = temp.resolve("fresh-" + System.nanoTime());
        new SiteBuilder().build(new PipelineOptions(source, fresh, options.templateDirectory(), options.siteName(),
                options.baseUrl(), options.validation()));
        assertThat(SiteFiles.digests(output)).containsExactlyEntriesOf(SiteFiles.digests(fresh));
    }


    private final class Recording implements Publisher {
        private final Publisher real;

        Recording(Publisher real) {
            this.real = real;
        }

        @Override
        public void page(Site site, Page page, OutputSink output) {
            calls.add("page " + page.path());
            real.page(site, page, output);
        }

        @Override
        public void shared(Site site, OutputSink output) {
            calls.add("shared");
            real.shared(site, output);
        }

        @Override
        public void wholeSite(Site site, OutputSink output) {
            calls.add("whole site");
            try {
                holdWholeSite.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            real.wholeSite(site, output);
        }
    }
}
