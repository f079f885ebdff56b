package dev.qadocs.write;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiveOutputTest {

    @TempDir
    Path temp;

    @Test
    void onlyOpensFoldersAFullBuildMade() throws IOException {
        Path foreign = Files.createDirectories(temp.resolve("docs"));

        assertThatThrownBy(() -> LiveOutput.open(foreign)).hasMessageContaining("not written by qadocs");
    }

    @Test
    void replacesFilesInPlaceWithoutLeavingTemporaryFiles() throws IOException {
        LiveOutput output = LiveOutput.open(fullBuild());

        output.write("guide/page.html", "new");
        output.write("guide/added.html", "added");

        assertThat(output.root().resolve("guide/page.html")).hasContent("new");
        assertThat(files(output.root())).containsExactlyInAnyOrder(StagedOutput.MARKER, "index.html",
                "guide/page.html", "guide/added.html", "img/a.png");
    }

    @Test
    void retainOnlyDeletesWhatACompleteRebuildDidNotWriteAndEmptiedFolders() throws IOException {
        LiveOutput output = LiveOutput.open(fullBuild());

        output.retainOnly(Set.of("index.html", "guide/page.html"));

        assertThat(files(output.root())).containsExactlyInAnyOrder(StagedOutput.MARKER, "index.html", "guide/page.html");
        assertThat(output.root().resolve("img")).doesNotExist();
    }

    @Test
    void deleteRemovesOneFileAndNeverLeavesTheSite() throws IOException {
        LiveOutput output = LiveOutput.open(fullBuild());

        output.delete("img/a.png");

        assertThat(output.root().resolve("img")).doesNotExist();
        assertThatThrownBy(() -> output.delete("../site")).isInstanceOf(IllegalArgumentException.class);
    }

    private Path fullBuild() throws IOException {
        Path site = temp.resolve("site");
        try (StagedOutput output = StagedOutput.open(site)) {
            output.write("index.html", "home");
            output.write("guide/page.html", "old");
            output.write("img/a.png", new byte[]{1, 2});
            output.commit();
        }
        return site;
    }

    private static Set<String> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).collect(java.util.stream.Collectors.toSet());
        }
    }
}
