package org.agora.skills;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class SkillsDependenciesTest {

    private static final JavaClasses SKILLS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.agora.skills");

    @Test
    void theDirectoryDependsOnlyOnJavaPf4jAndThePluginsApi() {
        classes().that().doNotHaveSimpleName("SkillImport").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.pf4j..", "org.agora.plugins.api..", "org.agora.skills..")
                .check(SKILLS);
    }

    @Test
    void onlyTheImportUsesTheBundledCsvLibrary() {
        classes().that().haveSimpleName("SkillImport").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.pf4j..", "org.agora.plugins.api..", "org.agora.skills..",
                        "org.apache.commons.csv..")
                .check(SKILLS);
    }
}
