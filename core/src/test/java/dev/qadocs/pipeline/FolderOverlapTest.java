package dev.qadocs.pipeline;

import dev.qadocs.testing.SiteFiles;
import dev.qadocs.testing.SyntheticCorpus;
import dev.qadocs.write.StagedOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Content and output that overlap in any way are refused before anything is read or deleted. */
class FolderOverlapTest {

    @TempDir
    Path temp;

    private void assertRefusedAndNothingChanged(Path source, Path output, String because) throws Exception {
        Map<String, String> before = SiteFiles.digests(temp);

        assertThatThrownBy(() -> new SiteBuilder().build(PipelineOptions.of(source, output)))
                .isInstanceOf(PipelineFailedException.class)
                .hasMessageContaining(because);

        assertThat(SiteFiles.digests(temp)).isEqualTo(before);
    }

    @Test
    void contentInsideAnExistingOutputIsNotWipedByTheNextBuild() throws Exception {
        Path site = temp.resolve("site");
        new SiteBuilder().build(PipelineOptions.of(SyntheticCorpus.write(temp.resolve("first"), 1, 2), site));
        Path content = SyntheticCorpus.write(site.resolve("drafts"), 2, 3);

        assertRefusedAndNothingChanged(content, site, "is inside the output folder");
    }

    @Test
    void contentThatCarriesTheMarkerIsNotReplacedWhenUsedAsItsOwnOutput() throws Exception {
        Path content = SyntheticCorpus.write(temp.resolve("content"), 2, 3);
        Files.writeString(content.resolve(StagedOutput.MARKER), "");

        assertRefusedAndNothingChanged(content, content, "is the content folder");
    }

    @Test
    void anOutputInsideTheContentIsRefusedWithAMessageThatSaysSo() throws Exception {
        Path content = SyntheticCorpus.write(temp.resolve("content"), 2, 3);

        assertRefusedAndNothingChanged(content, content.resolve("site"), "is inside the content folder");
        assertThat(content.resolve("site")).doesNotExist();
    }

    @Test
    void aLinkDoesNotHideTheOverlap() throws Exception {
        Path content = SyntheticCorpus.write(temp.resolve("content"), 2, 3);
        Path alias = Files.createSymbolicLink(temp.resolve("alias"), content);

        assertRefusedAndNothingChanged(content, alias.resolve("site"), "is inside the content folder");
    }

    @Test
    void aBuiltSiteIsNotContent() throws Exception {
        Path site = temp.resolve("site");
        new SiteBuilder().build(PipelineOptions.of(SyntheticCorpus.write(temp.resolve("content"), 1, 2), site));

        assertRefusedAndNothingChanged(site, temp.resolve("other"), "it is a site qadocs built");
    }

    @Test
    void foldersSideBySideStillBuild() throws Exception {
        Path content = SyntheticCorpus.write(temp.resolve("content"), 1, 2);

        new SiteBuilder().build(PipelineOptions.of(content, temp.resolve("content-site")));

        assertThat(temp.resolve("content-site").resolve(StagedOutput.MARKER)).exists();
    }
}
