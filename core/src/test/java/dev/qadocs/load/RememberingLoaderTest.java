package dev.qadocs.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RememberingLoaderTest {

    private static final FileTime LAST_WEEK = FileTime.from(Instant.now().minus(Duration.ofDays(7)));

    @TempDir
    Path content;

    private Path write(String name, String text, FileTime modified) throws IOException {
        Path file = Files.writeString(content.resolve(name), text);
        Files.setLastModifiedTime(file, modified);
        return file;
    }

    private String text(LoadResult loaded, String path) {
        return loaded.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().text();
    }

    @Test
    void loadsWhatAPlainLoaderLoadsAcrossEditsAddsAndDeletes() throws IOException {
        SourceLoader remembering = SourceLoader.remembering();
        write("a.md", "# A\n", LAST_WEEK);
        write("b.md", "# B\n", LAST_WEEK);
        write("qadocs.yml", "name: Before\n", LAST_WEEK);
        assertThat(remembering.load(content)).isEqualTo(new SourceLoader().load(content));

        write("a.md", "# A, longer\n", LAST_WEEK);
        Files.delete(content.resolve("b.md"));
        write("c.md", "# C\n", LAST_WEEK);
        write("qadocs.yml", "name: After!\n", FileTime.from(Instant.now()));

        LoadResult again = remembering.load(content);
        assertThat(again).isEqualTo(new SourceLoader().load(content));
        assertThat(text(again, "a.md")).isEqualTo("# A, longer\n");
        assertThat(again.config().name()).isEqualTo("After!");
    }

    @Test
    void aSettledFileWithTheSameSizeAndTimeIsNotReadAgain() throws IOException {
        SourceLoader remembering = SourceLoader.remembering();
        write("a.md", "# A\n", LAST_WEEK);
        remembering.load(content);

        write("a.md", "# Z\n", LAST_WEEK);

        assertThat(text(remembering.load(content), "a.md")).isEqualTo("# A\n");
        write("a.md", "# Z\n", FileTime.from(LAST_WEEK.toInstant().plusMillis(1)));
        assertThat(text(remembering.load(content), "a.md")).isEqualTo("# Z\n");
    }

    @Test
    void aFileWrittenJustNowIsReadAgainEvenWithTheSameSizeAndTime() throws IOException {
        SourceLoader remembering = SourceLoader.remembering();
        FileTime now = FileTime.from(Instant.now());
        write("a.md", "# A\n", now);
        remembering.load(content);

        write("a.md", "# Z\n", now);

        assertThat(text(remembering.load(content), "a.md")).isEqualTo("# Z\n");
    }
}
