package org.agora.surveys;

import static org.agora.surveys.SurveyFixture.ADA;
import static org.agora.surveys.SurveyFixture.BOB;
import static org.agora.surveys.SurveyFixture.person;
import static org.agora.surveys.SurveyFixture.view;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.testkit.Requests;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Renders every template with the models the handlers give, on a Thymeleaf engine set up as the host sets up plugin
 * engines, so that an expression a template cannot evaluate fails here rather than on Liberty.
 */
class SurveyTemplatesTest {

    private final SurveyFixture f = new SurveyFixture();

    /** Renders as the host does, with its fragments (CSRF, Chart.js) and the plugin's messages. */
    private String render(PageResult result, Locale locale) {
        String html = f.host.render(view(result), ADA, locale);
        assertThat(html).doesNotContain("??");
        return html;
    }

    private String render(PageResult result) {
        return render(result, Locale.ENGLISH);
    }

    @Test
    void theBuilderShowsEveryQuestionAndItsForms() throws Exception {
        long id = f.draft("Pulse <b>");
        for (QuestionType type : QuestionType.values()) {
            f.addQuestion(id, type.key(), "Q " + type.key(), type.hasOptions() ? "A\nB" : "");
        }
        String html = render(f.get(ADA, "/s/" + id + "/edit"));
        assertThat(html).contains("Pulse &lt;b&gt;").contains("action=\"/m/surveys/s/" + id + "/questions\"")
                .contains("action=\"/m/surveys/s/" + id + "/publish\"").contains("value=\"test-csrf-token\"")
                .contains("Recommendation 0–10 (NPS)").contains("Q ranking");
        assertThat(render(f.get(ADA, "/s/" + id + "/edit"), Locale.FRENCH)).contains("Ajouter une question");
        assertThat(render(f.get(ADA, "/s/" + id + "/preview"))).contains("Preview: this is what respondents")
                .contains("<fieldset disabled");
        assertThat(render(f.get(ADA, "/"))).contains("My drafts");
        assertThat(render(f.get(ADA, "/new"))).contains("Create the draft");
        assertThat(render(f.get(ADA, "/poll"))).contains("New quick poll");
    }

    @Test
    void theAnswerFormAndTheResultsRenderEveryType() throws Exception {
        long id = f.draft("All types");
        for (QuestionType type : QuestionType.values()) {
            f.addQuestion(id, type.key(), "Q " + type.key(), type.hasOptions() ? "A\nB\nC" : "");
        }
        f.settings(id, true, false, true, "");
        f.post(ADA, "/s/" + id + "/publish");
        String form = render(f.get(BOB, "/s/" + id));
        assertThat(form).contains("Anonymous survey: your name is not kept").contains("name=\"q3\" id=\"q3-10\"")
                .contains("name=\"q0\" id=\"q0-2\"").contains("name=\"q1\" id=\"q1-2\"")
                .contains("name=\"q5\" id=\"q5-2\"").contains("id=\"q4-no\"")
                .contains("action=\"/m/surveys/s/" + id + "/answer\"");
        for (int p = 0; p < 5; p++) {
            f.answer(person(50 + p), id, "q0", "1", "q1", "0", "q1", "2", "q2", "4", "q3", String.valueOf(p + 6),
                    "q4", "yes", "q5", "1", "q5", "3", "q5", "2", "q6", "Text <i>" + p);
        }
        String results = render(f.get(BOB, "/s/" + id + "/results"));
        assertThat(results).contains("5 responses").contains("Net promoter score 20").contains("Mean 4.0")
                .contains("Text &lt;i&gt;0").contains("average rank 1.0");
        Document page = Jsoup.parse(results);
        assertThat(page.select("canvas.survey-canvas")).as("a chart per question with bars").hasSize(6);
        assertThat(page.select("canvas.survey-canvas").get(4).attr("data-chart"))
                .isEqualTo("{\"labels\":[\"Yes\",\"No\"],\"counts\":[5,0]}");
        assertThat(page.select("script[src=/assets/charts/chart.umd.min.js]")).as("the host's Chart.js").hasSize(1);
        assertThat(render(f.get(person(50), "/s/" + id), Locale.FRENCH)).contains("Vous avez répondu à ce sondage.")
                .doesNotContain("Envoyer mes réponses");
    }

    @Test
    void aPollIsAnsweredInOneClickAndShowsItsResults() throws Exception {
        f.post(BOB, "/poll", "question", "Pizza?", "options", "Yes\nNo");
        long id = f.survey(f.host.records().all().get(0).id()).id();
        assertThat(render(f.get(ADA, "/s/" + id))).contains("<button type=\"submit\" name=\"q0\" value=\"1\"");
        f.answer(ADA, id, "q0", "1");
        assertThat(render(f.get(ADA, "/s/" + id))).contains("1 response<").contains("width: 100%");
        assertThat(render(f.send(Requests.get("/").as(ADA)))).contains("Pizza?");
    }
}
