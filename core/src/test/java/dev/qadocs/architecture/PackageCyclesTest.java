package dev.qadocs.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Packages of {@code core/src/main} form layers: no two of them import each other, directly or around a longer
 * loop. A cycle means neither package can be understood, tested or moved without the other.
 */
class PackageCyclesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.qadocs");

    @Test
    void theMainCodeIsImported() {
        // Guards the rule below: over an empty import it would pass whatever the code does.
        assertThat(MAIN.containPackage("dev.qadocs.validate")).isTrue();
        assertThat(MAIN.containPackage("dev.qadocs.pipeline")).isTrue();
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("dev.qadocs.(**)").should().beFreeOfCycles().check(MAIN);
    }
}
