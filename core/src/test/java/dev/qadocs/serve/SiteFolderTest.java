package dev.qadocs.serve;

import dev.qadocs.serve.SiteFolder.Lookup.Outcome;
import dev.qadocs.write.StagedOutput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SiteFolderTest {

    @TempDir
    Path temp;
    Path site;
    SiteFolder folder;

    @BeforeEach
    void site() throws IOException {
        site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "home");
        Files.createDirectories(site.resolve("guide"));
        Files.writeString(site.resolve("guide/index.html"), "guide home");
        Files.writeString(site.resolve("guide/rag.html"), "rag");
        Files.writeString(site.resolve(StagedOutput.MARKER), "ours");
        Files.writeString(temp.resolve("secret.txt"), "not part of the site");
        folder = new SiteFolder(site);
    }

    @Test
    void findsFilesAndIndexPagesOfFolders() {
        assertThat(folder.lookup("/guide/rag.html").file()).isEqualTo(site.resolve("guide/rag.html"));
        assertThat(folder.lookup("/").file()).isEqualTo(site.resolve("index.html"));
        assertThat(folder.lookup("/guide/").file()).isEqualTo(site.resolve("guide/index.html"));
    }

    @Test
    void sendsFolderUrlsWithoutSlashToTheSlashedUrlSoRelativeLinksResolve() {
        assertThat(folder.lookup("/guide").outcome()).isEqualTo(Outcome.REDIRECT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/guide/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
            "/guide/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/..%5csecret.txt", "/./index.html"})
    void refusesEveryPathWithDotSegmentsEvenWhenEncoded(String rawPath) {
        // The HTTP server hands handlers the decoded path, as URI.getPath() does.
        String decoded = URI.create("http://localhost" + rawPath).getPath();
        assertThat(folder.lookup(decoded).outcome()).isEqualTo(Outcome.FORBIDDEN);
    }

    @Test
    void refusesSymbolicLinksThatLeadOutOfTheSite() throws IOException {
        Files.createSymbolicLink(site.resolve("escape.txt"), temp.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("outside"), temp);

        assertThat(folder.lookup("/escape.txt").outcome()).isEqualTo(Outcome.FORBIDDEN);
        assertThat(folder.lookup("/outside/secret.txt").outcome()).isEqualTo(Outcome.FORBIDDEN);
    }

    @Test
    void followsSymbolicLinksThatStayInside() throws IOException {
        Files.createSymbolicLink(site.resolve("alias.html"), site.resolve("guide/rag.html"));

        assertThat(folder.lookup("/alias.html").outcome()).isEqualTo(Outcome.FOUND);
    }

    @Test
    void hidesTheOutputMarkerAndReportsMissingFiles() {
        assertThat(folder.lookup("/" + StagedOutput.MARKER).outcome()).isEqualTo(Outcome.NOT_FOUND);
        assertThat(folder.lookup("/guide/missing.html").outcome()).isEqualTo(Outcome.NOT_FOUND);
        assertThat(folder.notFoundPage().outcome()).isEqualTo(Outcome.NOT_FOUND);
    }
}
