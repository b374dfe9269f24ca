package org.agora.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.mvc.security.CsrfProtected;
import jakarta.persistence.Entity;
import jakarta.servlet.annotation.WebFilter;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.EntityPart;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.Arrays;
import java.util.List;
import org.agora.web.security.MultipartCsrf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArchitectureTest {

    /** The web module's classes and, from the ejb module on the class path, the entities they might reach. */
    private static final JavaClasses AGORA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.agora");

    /** The error page only renders a message for an error dispatch, which keeps the failed request's method. */
    private static final String ERROR_PAGE = "org.agora.web.errors.ErrorController.post";
    /** A mail client's one-click unsubscribe (RFC 8058) has no page to take a token from: its signed link is the proof. */
    private static final String ONE_CLICK = "org.agora.web.notify.UnsubscribeController.unsubscribe";

    @Test
    void webPackagesDependOnEachOtherWithoutCycles() {
        slices().matching("org.agora.web.(**)").should().beFreeOfCycles().check(AGORA);
    }

    @Test
    void everyFilterLetsTheLiveStreamThrough() {
        // a filter without async support in the chain makes every server-sent event stream fail
        assertThat(AGORA.stream().filter(c -> c.isAnnotatedWith(WebFilter.class))
                .map(c -> c.reflect().getAnnotation(WebFilter.class)))
                .isNotEmpty().allMatch(WebFilter::asyncSupported);
    }

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
                .and(DescribedPredicate.describe("not a multipart upload, the error page nor the one-click unsubscribe",
                        (JavaMethod m) -> !isMultipart(m.reflect())
                                && !ERROR_PAGE.equals(m.getOwner().getName() + "." + m.getName())
                                && !ONE_CLICK.equals(m.getOwner().getName() + "." + m.getName())))
                .should().beAnnotatedWith(CsrfProtected.class)
                .orShould().beDeclaredInClassesThat().areAnnotatedWith(CsrfProtected.class)
                .check(AGORA);
    }

    /**
     * Krazo does not read tokens from multipart bodies: uploads take the _csrf part and check it themselves, or take
     * the whole form as its list of parts (the one way to receive several files under one field) and check its _csrf
     * part with {@link MultipartCsrf#check(List)}.
     */
    @Test
    void everyMultipartUploadChecksItsCsrfToken() {
        List<Method> uploads = AGORA.stream()
                .filter(c -> c.getPackageName().startsWith("org.agora.web"))
                .flatMap(c -> Arrays.stream(c.reflect().getDeclaredMethods()))
                .filter(m -> m.isAnnotationPresent(POST.class) && isMultipart(m))
                .toList();
        assertThat(uploads).extracting(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName())
                .contains("ImportsAdminController.upload");
        assertThat(uploads).extracting(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName())
                .contains("FeedController.publishWithFiles");
        for (Method upload : uploads) {
            if (takesWholeForm(upload)) {
                assertThat(AGORA.get(upload.getDeclaringClass()).getMethodCallsFromSelf())
                        .as(upload + " checks the form's token")
                        .anySatisfy(call -> {
                            assertThat(call.getOwner().getName()).isEqualTo(upload.getName());
                            assertThat(call.getTarget().getOwner().isEquivalentTo(MultipartCsrf.class)).isTrue();
                            assertThat(call.getTarget().getName()).isEqualTo("check");
                            assertThat(call.getTarget().getRawParameterTypes()).singleElement()
                                    .satisfies(t -> assertThat(t.isEquivalentTo(List.class)).isTrue());
                        });
                continue;
            }
            assertThat(upload.getParameters()).as(upload.toString()).anySatisfy(p ->
                    assertThat(p.getAnnotation(FormParam.class)).isNotNull()
                            .extracting(FormParam::value).isEqualTo("_csrf"));
            assertThat(upload.getDeclaringClass().getDeclaredFields()).as(upload.toString())
                    .anySatisfy(f -> assertThat(f.getType()).isEqualTo(MultipartCsrf.class));
        }
    }

    /** @return true if the method takes the whole multipart form as its entity, with no form parameter */
    private static boolean takesWholeForm(Method method) {
        return Arrays.stream(method.getParameters()).noneMatch(p -> p.isAnnotationPresent(FormParam.class))
                && Arrays.stream(method.getGenericParameterTypes()).anyMatch(t ->
                t instanceof ParameterizedType pt && pt.getRawType() == List.class
                        && pt.getActualTypeArguments()[0] == EntityPart.class);
    }

    private static boolean isMultipart(Method method) {
        Consumes consumes = method.getAnnotation(Consumes.class);
        return consumes != null && Arrays.asList(consumes.value()).contains(MediaType.MULTIPART_FORM_DATA);
    }
}
