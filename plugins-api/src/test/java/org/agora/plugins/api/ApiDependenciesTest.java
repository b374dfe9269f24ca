package org.agora.plugins.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ApiDependenciesTest {

    private static final JavaClasses API = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.agora.plugins.api");

    @Test
    void theApiDependsOnlyOnJavaAndPf4j() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.pf4j..", "org.agora.plugins.api..")
                .check(API);
    }
}
