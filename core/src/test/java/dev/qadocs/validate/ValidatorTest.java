package dev.qadocs.validate;

import dev.qadocs.diagnostic.Severity;
import dev.qadocs.model.Page;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.qadocs.validate.PageBuilder.page;
import static dev.qadocs.validate.PageBuilder.site;
import static org.assertj.core.api.Assertions.assertThat;

class ValidatorTest {

    @Test
    void validatorFindingsAreAlreadyInOrder() {
        Page b = page("b.md").title("").category(3, "C").answered(5, 1, "Q").link(9, 8, "x.md").link(9, 2, "y.md")
                .build();
        Page a = page("a.md").title("A").category(3, "Empty").build();

        assertThat(new Validator(ValidationConfig.defaults()).validate(site(b, a)))
                .extracting(Validation::located)
                .containsExactly("a.md:3:1 empty-category", "b.md:1:1 missing-title", "b.md:9:2 broken-link",
                        "b.md:9:8 broken-link");
    }

    @Test
    void aRuleSetToOffIsNotRun() {
        Page page = page("a.md").title("").category(3, "C").answered(5, 1, "Q").build();
        ValidationConfig config = new ValidationConfig(Map.of("missing-title", Severity.OFF), false);

        assertThat(new Validator(config).validate(site(page))).isEmpty();
    }

    @Test
    void findingsCarryTheRuleDefaultForThePolicyToGrade() {
        Page page = page("a.md").title("A").category(3, "C").answered(5, 1, "Q").category(7, "Empty")
                .link(9, 2, "y.md").build();
        ValidationConfig config = new ValidationConfig(
                Map.of("broken-link", Severity.WARNING, "empty-category", Severity.ERROR), false);

        assertThat(new Validator(config).validate(site(page))).extracting(d -> d.rule() + " " + d.severity())
                .containsExactly("empty-category WARNING", "broken-link ERROR");
    }
}
