package dev.qadocs.serve;

import dev.qadocs.markdown.SiteMarkdown;
import dev.qadocs.pipeline.OutputStage;
import dev.qadocs.pipeline.OutputStages;
import dev.qadocs.pipeline.PipelineFailedException;
import dev.qadocs.pipeline.PipelineOptions;
import dev.qadocs.pipeline.SiteBuilder;
import dev.qadocs.pipeline.Stage;
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
import java.util.function.Function;
import java.util.stream.Collectors;
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
        site = new LiveSite(options, opts -> OutputStages.of(opts).stream().<OutputStage>map(Recording::new).toList());
        site.buildAll();
        calls.clear();
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
        assertThat(calls).startsWith("page a.md")
                .containsExactlyInAnyOrder("page a.md", "whole site index", "whole site llms");
        assertThat(output.resolve("a.html")).content().contains("Alpha comes first, edited.");
        assertSameAsAFullBuild();
    }

    @Test
    void aQuestionTitleEditRendersEveryPageBecauseNavigationShowsIt() throws Exception {
        Rebuild rebuild = edit("a.md", page("Alpha", 1, "What is alpha, really?", "Alpha is the first."));

        assertThat(rebuild.everything()).isTrue();
        assertThat(calls).contains("shared", "page a.md", "page b.md", "whole site index", "whole site llms");
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
        while (calls.stream().noneMatch(call -> call.startsWith("whole site"))) {
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

    @Test
    void aStageAddedToTheListIsWrittenByTheFullBuildAndByThePreview() throws Exception {
        Function<PipelineOptions, List<OutputStage>> extended = opts -> Stream.concat(OutputStages.of(opts).stream(),
                Stream.of(
                        OutputStages.perPage(Stage.RENDER, (all, page, markdown, out) ->
                                out.write(page.slug() + ".answers.txt", answers(page, markdown))),
                        OutputStages.shared(Stage.RENDER, (all, markdown, out) -> out.write("titles.txt",
                                all.pages().stream().map(p -> p.meta().title()).collect(Collectors.joining("\n")))),
                        OutputStages.wholeSite(Stage.LLMS, (all, markdown, out) -> out.write("answers.txt",
                                all.pages().stream().map(p -> answers(p, markdown))
                                        .collect(Collectors.joining("\n")))))).toList();
        Path published = temp.resolve("extended");
        PipelineOptions extendedOptions = new PipelineOptions(source, published, options.templateDirectory(),
                options.siteName(), options.baseUrl(), options.validation());
        LiveSite live = new LiveSite(extendedOptions, extended);

        live.buildAll();
        assertThat(published.resolve("a.answers.txt")).hasContent("Alpha is the first.");
        assertThat(published.resolve("titles.txt")).hasContent("Alpha\nBeta");
        assertThat(published.resolve("answers.txt")).hasContent("Alpha is the first.\nBeta is the second.");

        write("a.md", page("Alpha", 1, "What is alpha?", "Alpha comes first, edited."));
        assertThat(live.update(Set.of(source.resolve("a.md"))).everything()).isFalse();
        assertThat(live.catchUp()).isPresent();
        assertThat(published.resolve("a.answers.txt")).hasContent("Alpha comes first, edited.");
        assertThat(published.resolve("answers.txt")).hasContent("Alpha comes first, edited.\nBeta is the second.");

        write("c.md", page("Gamma", 3, "What is gamma?", "Gamma is the third."));
        assertThat(live.update(Set.of(source.resolve("c.md"))).everything()).isTrue();
        live.catchUp();
        assertThat(published.resolve("titles.txt")).hasContent("Alpha\nBeta\nGamma");
        assertThat(published.resolve("c.answers.txt")).hasContent("Gamma is the third.");

        Path fresh = temp.resolve("fresh-extended");
        new SiteBuilder().withOutputs(extended).build(new PipelineOptions(source, fresh, options.templateDirectory(),
                options.siteName(), options.baseUrl(), options.validation()));
        assertThat(SiteFiles.digests(published)).containsExactlyEntriesOf(SiteFiles.digests(fresh));
    }

    private static String answers(Page page, SiteMarkdown markdown) {
        return page.questions().stream().flatMap(question -> question.sections().stream())
                .map(section -> markdown.text(section.markdown())).collect(Collectors.joining("\n"));
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


    /** Records what the preview writes: "page a.md" per page, "shared", "whole site llms" per whole-site stage. */
    private final class Recording implements OutputStage {
        private final OutputStage real;

        Recording(OutputStage real) {
            this.real = real;
        }

        @Override
        public Stage stage() {
            return real.stage();
        }

        @Override
        public Scope scope() {
            return real.scope();
        }

        @Override
        public void write(Site site, List<Page> pages, SiteMarkdown markdown, OutputSink output) {
            switch (real.scope()) {
                case PER_PAGE -> pages.forEach(page -> calls.add("page " + page.path()));
                case SHARED -> calls.add("shared");
                case WHOLE_SITE -> {
                    calls.add("whole site " + real.stage().label());
                    try {
                        holdWholeSite.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
            real.write(site, pages, markdown, output);
        }
    }
}
