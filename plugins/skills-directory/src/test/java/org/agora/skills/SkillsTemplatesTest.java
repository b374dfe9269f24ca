package org.agora.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.testkit.Requests;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders every template with the models the handlers give, on a Thymeleaf engine set up as the host sets up
 * plugin engines, so that an expression a template cannot evaluate fails here rather than on Liberty.
 */
class SkillsTemplatesTest extends SkillsFixture {

    private static final TemplateEngine ENGINE = engine();

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(SkillsTemplatesTest.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new AbstractMessageResolver() {
            @Override
            public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
                ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", context.getLocale(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                return bundle.containsKey(key) ? new MessageFormat(bundle.getString(key), context.getLocale())
                        .format(args == null ? new Object[0] : args) : null;
            }

            @Override
            public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                            Object[] args) {
                return "??" + key + "??";
            }
        });
        return engine;
    }

    private static Document render(PageResult result, Locale locale) {
        PageResult.View view = view(result);
        Map<String, Object> model = new HashMap<>(view.model());
        model.put("base", "/m/skills-directory");
        model.put("assets", "/m/skills-directory/assets");
        model.put("csrf", Map.of("name", "_csrf", "token", "t0ken"));
        model.put("viewer", ADA);
        String html = ENGINE.process(view.template(), new Context(locale, model));
        assertThat(html).doesNotContain("??");
        return Jsoup.parse(html);
    }

    private static Document render(PageResult result) {
        return render(result, Locale.ENGLISH);
    }

    @BeforeEach
    void people() throws Exception {
        taxonomy();
        describe(ADA, "Engineering", "Paris");
        declare(ADA, "Kubernetes", "expert", true, true);
        declare(BOB, "Kubernetes", "reference", false, true);
        declare(CAROL, "Kubernetes", "notions", true, false);
        redirected(postAbout(BOB, ADA, "/endorse", "skill", String.valueOf(skill("Kubernetes"))));
        redirected(post(BOB, "/propose", "name", "<b>Rust</b>"));
    }

    @Test
    void theSearchListsExpertsLinkedToTheirProfiles() throws Exception {
        Document page = render(send(Requests.get("/").as(ADA).param("q", "k8s")));
        assertThat(page.select(".skills-understood").text()).isEqualTo("Skill found: Kubernetes");
        assertThat(page.select(".skills-expert a.fw-semibold").eachAttr("href"))
                .containsExactly("/people/12", "/people/11", "/people/13");
        assertThat(page.select(".skills-expert").get(1).text()).contains("1 endorsement").contains("can teach");
        Document fr = render(send(Requests.get("/").as(ADA).param("q", "cobol")), Locale.FRENCH);
        assertThat(fr.select(".skills-unknown").text()).contains("« cobol »");
    }

    @Test
    void mySkillsHasTheFormsWithTheirTokensAndAnErrorInTheReadersLanguage() throws Exception {
        Document page = render(get(ADA, "/mine"));
        assertThat(page.select("form[method=post]")).allSatisfy(f ->
                assertThat(f.select("input[name=_csrf]").attr("value")).isEqualTo("t0ken"));
        assertThat(page.select(".skills-mine tr")).hasSize(1);
        assertThat(page.select(".skills-mine input[name=teach]").hasAttr("checked")).isTrue();
        Document fr = render(send(Requests.post("/mine/declare").as(ADA).in(Locale.FRENCH).param("skill", "Cobol")
                .param("level", "expert")), Locale.FRENCH);
        assertThat(fr.select(".skills-error").text()).startsWith("« Cobol » n’est pas".replace('’', '\''));
        assertThat(fr.select("#skill").attr("value")).isEqualTo("Cobol");
    }

    @Test
    void aProfileShowsEndorsersAndTheEndorseButton() throws Exception {
        Document page = render(profile(CAROL, ADA));
        assertThat(page.select(".skills-endorsers").text()).isEqualTo("1 endorsement — Endorsed by Bob Builder");
        assertThat(page.select("form[action=/m/skills-directory/endorse?person=11] button").text()).isEqualTo("Endorse");
        assertThat(render(profile(BOB, ADA)).select("form[action=/m/skills-directory/unendorse?person=11]")).hasSize(1);
        assertThat(render(profile(ADA, ADA)).select("form[action*=endorse]")).isEmpty();
    }

    @Test
    void theTaxonomyEscapesNamesAndShowsReviewersTheirActions() throws Exception {
        Document admin = render(get(ADMIN, "/taxonomy"));
        assertThat(admin.select(".skills-proposal .fw-semibold").text()).isEqualTo("<b>Rust</b>");
        assertThat(admin.select(".skills-proposal form")).hasSize(3);
        assertThat(admin.select(".skills-add-skill")).hasSize(1);
        assertThat(admin.select(".skills-skill").text()).contains("also: k8s, kube");
        Document member = render(get(ADA, "/taxonomy"), Locale.FRENCH);
        assertThat(member.select(".skills-proposals, .skills-add-skill")).isEmpty();
        assertThat(member.text()).contains("Taxonomie des compétences");
    }

    @Test
    void mentoringAndTheMatrixRender() throws Exception {
        Document mentoring = render(get(CAROL, "/mentoring"));
        assertThat(mentoring.select(".skills-mentors li a").eachText()).containsExactly("Bob Builder", "Ada Lovelace");
        assertThat(mentoring.select("form[action=/m/skills-directory/mentoring/ask?person=12]")).hasSize(1);
        Document matrix = render(get(ADMIN, "/matrix"));
        assertThat(matrix.select(".skills-matrix td.level-reference").text()).isEqualTo("Reference");
        assertThat(matrix.select(".skills-risks li").text()).contains("Terraform: no expert");
        assertThat(render(send(Requests.get("/matrix").as(ADMIN).in(Locale.FRENCH)), Locale.FRENCH).select(".skills-matrix td.level-reference").text())
                .isEqualTo("Référent");
    }
}
