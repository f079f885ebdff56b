package dev.qadocs.load;

import dev.qadocs.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SourceLoaderTest {

    @TempDir
    Path content;

    @Test
    void findsPagesAndAssetsInPathOrderAndSkipsPrivateNames() throws IOException {
        write("b.md", "# B\n");
        write("a/z.mdx", "# Z\n");
        write("a/image.png", "png");
        write("_drafts/hidden.md", "# hidden\n");
        write(".git/config.md", "# hidden\n");
        write("_partial.md", "# hidden\n");
        write(".hidden.md", "# hidden\n");

        LoadResult result = new SourceLoader().load(content);

        assertThat(result.files()).extracting(SourceFile::path).containsExactly("a/z.mdx", "b.md");
        assertThat(result.assets()).containsExactly("a/image.png");
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void normalisesLineBreaksAndDropsTheByteOrderMark() throws IOException {
        Files.write(content.resolve("page.md"), "\uFEFF# T\r\nline\rnext\r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(new SourceLoader().load(content).files().get(0).text()).isEqualTo("# T\nline\nnext\n");
    }

    @Test
    void invalidUtf8IsAnErrorOnTheLineOfTheFirstBadByte() throws IOException {
        byte[] latin1 = "# Title\nfine\ncaf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(content.resolve("latin1.md"), latin1);

        LoadResult result = new SourceLoader().load(content);

        assertThat(result.files()).isEmpty();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("invalid-utf8");
            assertThat(d.isError()).isTrue();
            assertThat(d.position().file()).isEqualTo("latin1.md");
            assertThat(d.position().line()).isEqualTo(3);
        });
    }

    @Test
    void aReplacementCharacterWrittenOnPurposeIsText() throws IOException {
        Files.write(content.resolve("glyphs.md"), "# Glyphs\r\nA lost byte shows as \uFFFD.\n"
                .getBytes(StandardCharsets.UTF_8));

        LoadResult result = new SourceLoader().load(content);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.files().get(0).text()).isEqualTo("# Glyphs\nA lost byte shows as \uFFFD.\n");
    }

    @Test
    void aFileWithNulBytesIsBinary() throws IOException {
        Files.write(content.resolve("blob.md"), new byte[]{'#', ' ', 'x', '\n', 'y', 0, 1, 2});

        LoadResult result = new SourceLoader().load(content);

        assertThat(result.files()).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::rule, d -> d.position().line())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("binary-file", 2));
    }

    @Test
    void readsSiteConfig() throws IOException {
        write("qadocs.yml", "name: Guide\nsummary: Short answers.\nbaseUrl: https://example.org/g/\n"
                + "editUrl: https://example.org/repo/edit/main/\n");

        LoadResult result = new SourceLoader().load(content);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.config().editUrl()).contains("https://example.org/repo/edit/main/");
        assertThat(result.config().name()).isEqualTo("Guide");
        assertThat(result.config().summary()).isEqualTo("Short answers.");
        assertThat(result.config().baseUrl()).contains("https://example.org/g/");
        assertThat(result.assets()).doesNotContain("qadocs.yml");
    }

    @Test
    void siteNameDefaultsToTheFolderName() {
        assertThat(new SourceLoader().load(content).config().name()).isEqualTo(content.getFileName().toString());
    }

    @Test
    void badConfigIsAConfigErrorWithItsLine() throws IOException {
        write("qadocs.yml", "name: Guide\nsummary: [unclosed\nbaseUrl: x\n");

        LoadResult result = new SourceLoader().load(content);

        assertThat(result.config().name()).isEqualTo(content.getFileName().toString());
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("config");
            assertThat(d.position().file()).isEqualTo("qadocs.yml");
            assertThat(d.position().line()).isBetween(2, 4);
        });
    }

    @Test
    void unknownConfigKeysAreWarnedAbout() throws IOException {
        write("qadocs.yml", "name: Guide\ntheme: dark\n");

        assertThat(new SourceLoader().load(content).diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.position().line()).isEqualTo(2);
            assertThat(d.message()).contains("theme");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"data:text/javascript,alert(1)//\"", "javascript:alert(1)", "\"https://x.example/\\nDisallow: /\"",
            "ftp://x.example/", "https://", "\"https://x.example/?a=1\"", "//x.example/"})
    void aBaseUrlThatIsNotPlainHttpIsAConfigErrorOnItsLineAndIsNotUsed(String baseUrl) throws IOException {
        write("qadocs.yml", "name: Guide\nbaseUrl: " + baseUrl + "\n");

        LoadResult result = new SourceLoader().load(content);

        assertThat(result.config().baseUrl()).isEmpty();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.rule()).isEqualTo("config");
            assertThat(d.position().file()).isEqualTo("qadocs.yml");
            assertThat(d.position().line()).isEqualTo(2);
            assertThat(d.message()).contains("baseUrl");
        });
    }

    @Test
    void aPlainBaseUrlIsKept() throws IOException {
        write("qadocs.yml", "name: Guide\nbaseUrl: https://example.org/guide/\n");

        LoadResult result = new SourceLoader().load(content);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.config().baseUrl()).hasValue("https://example.org/guide/");
    }

    @Test
    void aSiteQadocsBuiltInsideTheContentIsNotReadAsContent() throws IOException {
        write("guide.md", "# Guide\n");
        write("old-site/.qadocs-output", "");
        write("old-site/guide.md", "# Guide\n");
        write("old-site/index.html", "<p>built</p>");

        LoadResult result = new SourceLoader().load(content);

        assertThat(result.files()).extracting(SourceFile::path).containsExactly("guide.md");
        assertThat(result.assets()).isEmpty();
    }

    private void write(String relative, String text) throws IOException {
        Path file = content.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
