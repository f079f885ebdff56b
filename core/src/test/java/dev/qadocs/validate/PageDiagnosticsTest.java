package dev.qadocs.validate;

import dev.qadocs.diagnostic.Severity;
import dev.qadocs.model.Page;
import dev.qadocs.model.Site;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.qadocs.validate.PageBuilder.page;
import static dev.qadocs.validate.PageBuilder.site;
import static org.assertj.core.api.Assertions.assertThat;

class PageDiagnosticsTest {

    private static final ValidationConfig CONFIG = new ValidationConfig(Map.of("duplicate-title", Severity.ERROR), false);

    private static Page guide(String secondQuestion) {
        return page("guide.md").title("Guide").category(3, "C").answered(5, 1, "Why?").answered(9, 2, secondQuestion)
                .link(12, 1, "faq.md#2-how").build();
    }

    private static Page faq(String title) {
        return page("faq.md").title(title).category(3, "C").answered(5, 1, "What?").answered(9, 2, "How?").build();
    }

    @Test
    void validatingEditedSitesAgainGivesWhatAFullValidationGives() {
        Validator incremental = new Validator(CONFIG, new PageDiagnostics());
        Page empty = page("empty.md").title("Empty").category(3, "Nothing").build();
        Site[] edits = {
                site(guide("How?"), faq("FAQ"), empty),
                site(guide("Why?"), faq("FAQ"), empty),
                site(guide("Why?"), faq(""), empty),
                site(guide("How?"), faq(""))};

        for (Site site : edits) {
            assertThat(incremental.validate(site)).isEqualTo(new Validator(CONFIG).validate(site));
        }
        assertThat(incremental.validate(edits[1])).extracting(Validation::located)
                .contains("guide.md:9:1 duplicate-title", "empty.md:3:1 empty-category");
    }

    @Test
    void aLinkRuleSeesEditsToTheTargetPageEvenWhenTheLinkingPageIsUnchanged() {
        Validator incremental = new Validator(CONFIG, new PageDiagnostics());
        Page renamed = page("faq.md").title("FAQ").category(3, "C").answered(5, 1, "What?").answered(9, 2, "When?")
                .build();

        assertThat(incremental.validate(site(guide("How?"), faq("FAQ")))).isEmpty();
        assertThat(incremental.validate(site(guide("How?"), renamed))).extracting(Validation::located)
                .containsExactly("guide.md:12:1 broken-anchor");
    }
}
