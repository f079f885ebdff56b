package dev.qadocs.pipeline;

import dev.qadocs.validate.ValidationConfig;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Edit this page" comes from qadocs.yml's editUrl, and the build's editUrl (pom, -Dqadocs.editUrl) wins over it. */
class EditUrlTest {

    @TempDir
    Path temp;

    private String editLink(PipelineOptions options) throws Exception {
        new SiteBuilder().build(options);
        return Jsoup.parse(Files.readString(options.output().resolve("deep/notes.html"))).select(".qd-edit a").attr("href");
    }

    @Test
    void theConfiguredUrlPlusThePagePath() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content/deep"));
        Files.writeString(content.resolve("notes.md"), "---\ntitle: Notes\n---\n\n## Part\n\n### Why?\n\nBecause.\n");
        Files.writeString(temp.resolve("content/qadocs.yml"), "name: N\neditUrl: https://example.org/r/edit/main/docs\n");
        PipelineOptions fromFile = PipelineOptions.of(temp.resolve("content"), temp.resolve("site"));

        assertThat(editLink(fromFile)).isEqualTo("https://example.org/r/edit/main/docs/deep/notes.md");

        PipelineOptions fromBuild = new PipelineOptions(fromFile.source(), fromFile.output(), Optional.empty(),
                Optional.empty(), Optional.empty(), ValidationConfig.defaults(), Optional.of("https://example.org/fork/"),
                Optional.empty());
        assertThat(editLink(fromBuild)).isEqualTo("https://example.org/fork/deep/notes.md");
    }

    /** The edit link is an href on every page: a script URL there would run on a click. */
    @Test
    void anythingButPlainHttpIsAConfigErrorAtItsLine() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        Files.writeString(content.resolve("notes.md"), "---\ntitle: Notes\n---\n\n### Why?\n\nBecause.\n");
        Files.writeString(content.resolve("qadocs.yml"), "name: N\neditUrl: javascript:alert(1)//\n");

        assertThatThrownBy(() -> new SiteBuilder().build(PipelineOptions.of(content, temp.resolve("site"))))
                .isInstanceOfSatisfying(PipelineFailedException.class, e -> assertThat(e.diagnostics())
                        .anySatisfy(d -> assertThat(d.toString()).contains("qadocs.yml:2:").contains("editUrl must start")
                                .contains("[config]")));
        assertThat(temp.resolve("site")).doesNotExist();
    }
}
