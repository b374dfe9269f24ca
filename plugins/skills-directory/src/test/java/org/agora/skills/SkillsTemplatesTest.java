package org.agora.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.testkit.Requests;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Renders every template with the models the handlers give, with the test kit's copy of the host's engine and
 * fragments, so that an expression a template cannot evaluate fails here rather than on Liberty.
 */
class SkillsTemplatesTest extends SkillsFixture {

    private Document render(PageResult result, Viewer viewer, Locale locale) {
        String html = host.render(view(result), viewer, locale);
        assertThat(html).doesNotContain("??");
        return Jsoup.parse(html);
    }

    private Document render(PageResult result, Viewer viewer) {
        return render(result, viewer, Locale.ENGLISH);
    }

    @BeforeEach
    void people() throws Exception {
        taxonomy();
        declare(ada, "Kubernetes", "expert", true, true);
        declare(bob, "Kubernetes", "reference", false, true);
        declare(carol, "Kubernetes", "notions", true, false);
        redirected(postAbout(bob, ada, "/endorse", "skill", String.valueOf(skill("Kubernetes"))));
        redirected(post(bob, "/propose", "name", "<b>Rust</b>"));
    }

    @Test
    void theSearchListsExpertsLinkedToTheirProfiles() throws Exception {
        Document page = render(send(Requests.get("/").as(ada).param("q", "k8s")), ada);
        assertThat(page.select(".skills-understood").text()).isEqualTo("Skill found: Kubernetes");
        assertThat(page.select(".skills-expert a.fw-semibold").eachAttr("href"))
                .containsExactly("/people/" + bob.id(), "/people/" + ada.id(), "/people/" + carol.id());
        assertThat(page.select(".skills-expert").get(1).text()).contains("1 endorsement").contains("can teach")
                .contains("Platform engineer").contains("Engineering").contains("Paris");
        Document fr = render(send(Requests.get("/").as(ada).in(Locale.FRENCH).param("q", "cobol")), ada,
                Locale.FRENCH);
        assertThat(fr.select(".skills-unknown").text()).contains("« cobol »");
    }

    @Test
    void mySkillsHasTheFormsWithTheirTokensAndAnErrorInTheReadersLanguage() throws Exception {
        Document page = render(get(ada, "/mine"), ada);
        assertThat(page.select("form[method=post]")).isNotEmpty().allSatisfy(f ->
                assertThat(f.select("input[name=_csrf]").attr("value")).isEqualTo("test-csrf-token"));
        assertThat(page.select(".skills-about .skills-department").text()).isEqualTo("Engineering");
        assertThat(page.select(".skills-about a[href=/profile]")).hasSize(1);
        assertThat(page.select(".skills-mine tr")).hasSize(1);
        assertThat(page.select(".skills-mine input[name=teach]").hasAttr("checked")).isTrue();
        Document fr = render(send(Requests.post("/mine/declare").as(ada).in(Locale.FRENCH).param("skill", "Cobol")
                .param("level", "expert")), ada, Locale.FRENCH);
        assertThat(fr.select(".skills-error").text()).startsWith("« Cobol » n’est pas".replace('’', '\''));
        assertThat(fr.select("#skill").attr("value")).isEqualTo("Cobol");
    }

    @Test
    void aProfileShowsEndorsersAndTheEndorseButton() throws Exception {
        Document page = render(profile(carol, ada), carol);
        assertThat(page.select(".skills-endorsers").text()).isEqualTo("1 endorsement — Endorsed by Bob Builder");
        assertThat(page.select(".skills-card").text()).isEqualTo("Platform engineer · Engineering · Paris");
        Viewer eve = host.employee("Eve Legal", null, "Legal", "Nice", false);
        assertThat(render(profile(ada, eve), ada).select(".skills-card").text()).as("her location hidden from Ada")
                .isEqualTo("Legal");
        assertThat(page.select("form[action=/m/skills-directory/endorse?person=" + ada.id() + "] button").text())
                .isEqualTo("Endorse");
        assertThat(render(profile(bob, ada), bob)
                .select("form[action=/m/skills-directory/unendorse?person=" + ada.id() + "]")).hasSize(1);
        assertThat(render(profile(ada, ada), ada).select("form[action*=endorse]")).isEmpty();
    }

    @Test
    void theTaxonomyEscapesNamesAndShowsReviewersTheirActions() throws Exception {
        Document adminPage = render(get(admin, "/taxonomy"), admin);
        assertThat(adminPage.select(".skills-proposal .fw-semibold").text()).isEqualTo("<b>Rust</b>");
        assertThat(adminPage.select(".skills-proposal form")).hasSize(3);
        assertThat(adminPage.select(".skills-add-skill")).hasSize(1);
        assertThat(adminPage.select(".skills-skill").text()).contains("also: k8s, kube");
        Document member = render(send(Requests.get("/taxonomy").as(ada).in(Locale.FRENCH)), ada, Locale.FRENCH);
        assertThat(member.select(".skills-proposals, .skills-add-skill")).isEmpty();
        assertThat(member.text()).contains("Taxonomie des compétences");
    }

    @Test
    void mentoringAndTheMatrixRender() throws Exception {
        Document mentoring = render(get(carol, "/mentoring"), carol);
        assertThat(mentoring.select(".skills-mentors li a").eachText()).containsExactly("Bob Builder", "Ada Lovelace");
        assertThat(mentoring.select("form[action=/m/skills-directory/mentoring/ask?person=" + bob.id() + "]"))
                .hasSize(1);
        Document matrix = render(get(admin, "/matrix"), admin);
        assertThat(matrix.select(".skills-matrix td.level-reference").text()).isEqualTo("Reference");
        assertThat(matrix.select(".skills-risks li").text()).contains("Terraform: no expert");
        assertThat(matrix.select("canvas.skills-levels-chart").attr("data-levels"))
                .isEqualTo("notions|practitioner|expert|reference");
        assertThat(matrix.select("canvas.skills-levels-chart").attr("data-level-names"))
                .isEqualTo("Notions|Practitioner|Expert|Reference");
        assertThat(matrix.select("script[src=/assets/charts/chart.umd.min.js]")).as("the host's Chart.js").hasSize(1);
        assertThat(render(send(Requests.get("/matrix").as(admin).in(Locale.FRENCH)), admin, Locale.FRENCH)
                .select(".skills-matrix td.level-reference").text())
                .isEqualTo("Référent");
    }
}
