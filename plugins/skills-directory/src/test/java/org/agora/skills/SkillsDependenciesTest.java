package org.agora.skills;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class SkillsDependenciesTest {

    @Test
    void theDirectoryDependsOnlyOnJavaPf4jAndThePluginsApi() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.pf4j..", "org.agora.plugins.api..", "org.agora.skills..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.agora.skills"));
    }
}
