package org.agora.web.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/** The host's forms write their CSRF field through one fragment, so that it is changed in one place. */
class FormTemplatesTest {

    private static final Path VIEWS = Path.of("src/main/webapp/WEB-INF/views");
    private static final Path FORMS = VIEWS.resolve("fragments/forms.html");
    private static final String CSRF_FRAGMENT = "~{fragments/forms :: csrf}";
    private static final Pattern POST_FORM = Pattern.compile("<form\\b[^>]*method=\"post\".*?</form>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateWritesTheCsrfFieldByHand() {
        assertThat(templates()).filteredOn(view -> !view.equals(FORMS))
                .allSatisfy(view -> assertThat(read(view)).as(view.toString()).doesNotContain("mvc.csrf"));
    }

    @Test
    void everyPostFormCarriesTheCsrfFragment() {
        List<String> forms = new ArrayList<>();
        for (Path view : templates()) {
            Matcher form = POST_FORM.matcher(read(view));
            while (form.find()) {
                forms.add(view + ": " + form.group());
            }
        }
        assertThat(forms).hasSizeGreaterThan(50).allSatisfy(form -> assertThat(form).contains(CSRF_FRAGMENT));
    }

    @Test
    void theCsrfFragmentRendersTheHiddenField() {
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(VIEWS + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        Context context = new Context();
        context.setVariable("csrfField", Map.of("name", "_csrf", "token", "t0ken"));

        String html = engine.process("fragments/forms", Set.of("csrf"), context);

        assertThat(html.strip()).isEqualTo("<input type=\"hidden\" name=\"_csrf\" value=\"t0ken\">");
    }

    private static List<Path> templates() {
        try (Stream<Path> files = Files.walk(VIEWS)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path view) {
        try {
            return Files.readString(view);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
