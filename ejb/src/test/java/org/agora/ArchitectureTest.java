package org.agora;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.stream.Collectors;
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

    /**
     * The host's beans inject each other without cycles: a bean never waits, directly or through others, on a bean
     * that waits on it. Depend on a small interface, or move the job to where it belongs.
     */
    @Test
    void beansInjectEachOtherWithoutCycles() {
        InjectionGraph graph = new InjectionGraph(EJB.that(resideOutsideOfPackage("org.agora.plugins.api..")));
        assertThat(described(graph.cycles())).as("injection cycles among the host's beans").isEmpty();
    }

    /** The runtime that calls plugins once made the services it gives them, which call plugins through it. */
    @Test
    void theInjectionGraphNamesTheBeansOfACycle() {
        InjectionGraph graph = new InjectionGraph(EJB.that(resideOutsideOfPackage("org.agora.plugins.api..")))
                .with("org.agora.plugins.PluginDispatch", "org.agora.plugins.extensions.PluginContexts");
        assertThat(described(graph.cycles())).singleElement().asString()
                .contains("plugins.PluginDispatch → plugins.extensions.PluginContexts → ");
    }

    private static List<String> described(List<List<String>> cycles) {
        return cycles.stream()
                .map(cycle -> cycle.stream().map(name -> name.substring("org.agora.".length()))
                        .collect(Collectors.joining(" → ")))
                .toList();
    }
}
