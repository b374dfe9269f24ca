package org.agora;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses EJB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.agora");

    @Test
    void theBusinessTierKnowsNothingOfTheWebTier() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.ws.rs..", "jakarta.mvc..", "org.agora.web..")
                .check(EJB);
    }

    /** The host's packages; plugins-api, whose packages 1.x plugins compile against, keeps its own shape. */
    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        slices().matching("org.agora.(**)").should().beFreeOfCycles()
                .check(EJB.that(resideOutsideOfPackage("org.agora.plugins.api..")));
    }
}
