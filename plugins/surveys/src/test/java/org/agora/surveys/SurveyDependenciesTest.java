package org.agora.surveys;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class SurveyDependenciesTest {

    private static final JavaClasses SURVEYS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.agora.surveys");

    @Test
    void theSurveysDependOnlyOnJavaPf4jAndThePluginsApi() {
        classes().that().doNotHaveSimpleName("CsvExport")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.pf4j..", "org.agora.plugins.api..", "org.agora.surveys..")
                .check(SURVEYS);
    }

    @Test
    void onlyTheExportUsesTheBundledCsvLibrary() {
        classes().that().haveSimpleName("CsvExport")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.agora.plugins.api..", "org.agora.surveys..",
                        "org.apache.commons.csv..")
                .check(SURVEYS);
    }
}
