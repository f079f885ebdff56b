package dev.qadocs.validate;

import dev.qadocs.diagnostic.Diagnostic;
import dev.qadocs.model.Page;
import dev.qadocs.model.Site;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.qadocs.validate.PageBuilder.page;
import static dev.qadocs.validate.PageBuilder.site;
import static dev.qadocs.validate.Validation.findings;
import static org.assertj.core.api.Assertions.assertThat;

class LinkRulesTest {

    private static final String MINTLIFY_ROOT = "/resources/interview-questions/";

    private static Page rag() {
        return page("guide/rag.md").title("RAG").category(5, "Retrieval").answered(7, 11, "What problem does RAG solve")
                .build();
    }

    private static List<String> check(String root, Page... pages) {
        return findings(site(pages), ValidationConfig.defaults().withSiteRoot(root));
    }

    @Test
    void relativeLinksResolveAgainstTheLinkingPagesFolder() {
        Page page = page("guide/index.md").title("Guide").category(3, "Start").answered(5, 1, "Where")
                .link(9, 4, "rag.md").link(10, 1, "./rag.md#11-what-problem-does-rag-solve")
                .link(11, 1, "../guide/rag.md?x=1").link(12, 1, "rag").build();

        assertThat(check("/", page, rag())).isEmpty();
    }

    @Test
    void aLinkToARenamedPageIsBrokenAtItsOwnColumn() {
        Page page = page("guide/index.md").title("Guide").category(3, "Start").answered(5, 1, "Where")
                .link(9, 14, "retrieval.md").link(9, 40, "../rag.md").link(10, 1, "../../outside.md").build();

        assertThat(check("/", page, rag())).containsExactly(
                "guide/index.md:9:14 broken-link", "guide/index.md:9:40 broken-link",
                "guide/index.md:10:1 broken-link");
    }

    @Test
    void rootRelativeLinksStripTheSiteRootAndMatchASlugWithOrWithoutExtension() {
        Page page = page("index.md").title("Home").category(3, "Start").answered(5, 1, "Where")
                .link(9, 1, MINTLIFY_ROOT + "guide/rag").link(10, 1, MINTLIFY_ROOT + "guide/rag.md")
                .link(11, 1, MINTLIFY_ROOT + "guide/rag/#11-what-problem-does-rag-solve")
                .link(12, 1, "/pricing").link(13, 1, MINTLIFY_ROOT).build();

        assertThat(check(MINTLIFY_ROOT, page, rag())).isEmpty();
    }

    @Test
    void aRootRelativeLinkUnderTheSiteRootToAMissingPageIsBroken() {
        Page page = page("index.md").title("Home").category(3, "Start").answered(5, 1, "Where")
                .link(9, 17, MINTLIFY_ROOT + "think-like-an-engineer/auth-security").link(9, 90, "/guide/rag").build();

        assertThat(check(MINTLIFY_ROOT, page, rag())).containsExactly("index.md:9:17 broken-link");
        assertThat(check("/", page, rag())).containsExactly("index.md:9:17 broken-link");
    }

    @Test
    void anchorsAreCheckedOnTheSamePageAndOnOthers() {
        Page page = page("guide/index.md").title("Guide").category(3, "Start").answered(5, 1, "Where")
                .link(9, 3, "#start").link(9, 20, "#1-where").link(10, 1, "rag.md#retrieval").link(11, 1, "#top")
                .link(12, 1, "#").build();

        assertThat(check("/", page, rag())).isEmpty();
    }

    @Test
    void aMissingAnchorIsReportedWithAHintWhenOnlyTheCaseDiffers() {
        Page page = page("guide/index.md").title("Guide").category(3, "Start").answered(5, 1, "Where")
                .link(9, 3, "#nowhere").link(10, 5, "rag.md#Retrieval").link(11, 7, "/guide/rag#gone").build();

        List<Diagnostic> found = new Validator(ValidationConfig.defaults()).validate(site(page, rag()));

        assertThat(found).extracting(Validation::located).containsExactly(
                "guide/index.md:9:3 broken-anchor", "guide/index.md:10:5 broken-anchor",
                "guide/index.md:11:7 broken-anchor");
        assertThat(found.get(0).message()).isEqualTo("anchor #nowhere does not exist on this page");
        assertThat(found.get(1).message())
                .isEqualTo("anchor #Retrieval does not exist in guide/rag.md (did you mean #retrieval?)");
    }

    @Test
    void imagesMustBeAssetsOfTheContentFolder() {
        Page page = page("guide/index.md").title("Guide").category(3, "Start").answered(5, 1, "Where")
                .image(9, 1, "img/flow.png").image(10, 1, "../shared/logo.svg").image(11, 1, "img/gone.png")
                .link(12, 6, "files/slides.pdf").link(13, 1, "https://example.org/x.png").build();
        Site site = site(List.of("guide/img/flow.png", "shared/logo.svg"), page);

        assertThat(findings(site)).containsExactly(
                "guide/index.md:11:1 missing-asset", "guide/index.md:12:6 missing-asset");
    }

    @Test
    void malformedUrlsAreReportedWhateverTheirKind() {
        Page page = page("index.md").title("Home").category(3, "Start").answered(5, 1, "Where")
                .link(9, 1, "").link(10, 1, "htps://example.org").link(11, 1, "https:///path-only")
                .link(12, 1, "https://exa mple.org:port/").link(13, 1, "rag%zz.md").link(14, 1, "mailto:").build();

        assertThat(findings(site(page))).containsExactly(
                "index.md:9:1 malformed-url", "index.md:10:1 malformed-url", "index.md:11:1 malformed-url",
                "index.md:12:1 malformed-url", "index.md:13:1 malformed-url", "index.md:14:1 malformed-url");
    }

    @Test
    void wellFormedUrlsThatBrowsersAcceptPass() {
        Page page = page("index.md").title("Home").category(3, "Start").answered(5, 1, "Where")
                .link(9, 1, "https://en.wikipedia.org/wiki/Transformer_(deep_learning)")
                .link(10, 1, "https://example.org/search?q=a[1]|b#frag").link(11, 1, "//cdn.example.org/lib.js")
                .link(12, 1, "mailto:team@example.org").link(13, 1, "https://example.org/caf%C3%A9")
                .link(14, 1, "HTTPS://EXAMPLE.ORG").build();

        assertThat(findings(site(page))).isEmpty();
    }

    @Test
    void linkRulesFollowTheirConfiguredSeverity() {
        Page page = page("index.md").title("Home").category(3, "Start").answered(5, 1, "Where")
                .link(9, 1, "gone.md").build();
        ValidationConfig config = new ValidationConfig(
                Map.of("broken-link", dev.qadocs.diagnostic.Severity.WARNING), false);

        List<Diagnostic> found = SeverityPolicy.of(config).apply(new Validator(config).validate(site(page)));

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.toString()).isEqualTo("index.md:9:1: warning: broken link 'gone.md': no page gone.md "
                    + "in the content folder [broken-link]");
        });
    }
}
