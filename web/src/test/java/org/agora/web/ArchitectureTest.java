package org.agora.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.mvc.security.CsrfProtected;
import jakarta.persistence.Entity;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import org.agora.web.admin.ImportsAdminController;
import org.agora.web.people.ProfileController;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArchitectureTest {

    /** The web module's classes and, from the ejb module on the class path, the entities they might reach. */
    private static final JavaClasses AGORA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.agora");

    /**
     * POST methods that do without {@code @CsrfProtected}: the multipart uploads check the token itself, and the
     * error page only renders a message for an error dispatch that keeps the failed request's method.
     */
    private static final Set<String> NOT_CSRF_PROTECTED = Set.of(
            "org.agora.web.admin.ImportsAdminController.upload",
            "org.agora.web.people.ProfileController.upload",
            "org.agora.web.errors.ErrorController.post");

    @Test
    void theWebTierNeverTouchesJpa() {
        noClasses().that().resideInAPackage("org.agora.web..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(AGORA);
    }

    @Test
    void entitiesAreVisibleToTheCheck() {
        assertThat(AGORA.contain("org.agora.people.model.Person")).isTrue();
        assertThat(AGORA.get("org.agora.people.model.Person").isAnnotatedWith(Entity.class)).isTrue();
    }

    @Test
    void everyPostIsCsrfProtected() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("org.agora.web..")
                .and().areAnnotatedWith(POST.class)
                .and(DescribedPredicate.describe("not known to check the token otherwise",
                        (JavaMethod m) -> !NOT_CSRF_PROTECTED.contains(m.getOwner().getName() + "." + m.getName())))
                .should().beAnnotatedWith(CsrfProtected.class)
                .orShould().beDeclaredInClassesThat().areAnnotatedWith(CsrfProtected.class)
                .check(AGORA);
    }

    @ParameterizedTest
    @ValueSource(classes = {ImportsAdminController.class, ProfileController.class})
    void theUploadReadsTheCsrfTokenFromItsForm(Class<?> controller) {
        Method upload = Arrays.stream(controller.getDeclaredMethods())
                .filter(m -> m.getName().equals("upload")).findFirst().orElseThrow();
        assertThat(upload.isAnnotationPresent(POST.class)).isTrue();
        assertThat(upload.getParameters()).anySatisfy(p ->
                assertThat(p.getAnnotation(FormParam.class)).isNotNull()
                        .extracting(FormParam::value).isEqualTo("_csrf"));
    }
}
