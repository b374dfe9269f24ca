package org.agora.wiki;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class WikiDependenciesTest {

    private static final JavaClasses WIKI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.agora.wiki");

    @Test
    void theWikiDependsOnlyOnJavaPf4jAndThePluginsApi() {
        classes().that().doNotHaveSimpleName("WikiDiff")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.pf4j..", "org.agora.plugins.api..", "org.agora.wiki..")
                .check(WIKI);
    }

    @Test
    void onlyTheDiffUsesTheBundledDiffLibrary() {
        // java-diff-utils is shaded into the plugin jar (relocated), so the host never sees it
        classes().that().haveSimpleName("WikiDiff")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.agora.wiki..", "com.github.difflib..")
                .check(WIKI);
    }
}
