package org.agora.surveys;

import static org.agora.surveys.SurveyFixture.ADA;
import static org.agora.surveys.SurveyFixture.BOB;
import static org.agora.surveys.SurveyFixture.model;
import static org.agora.surveys.SurveyFixture.status;
import static org.agora.surveys.SurveyFixture.view;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.testkit.Requests;
import org.junit.jupiter.api.Test;

class SurveyBuilderTest {

    private final SurveyFixture f = new SurveyFixture();

    @Test
    void aSurveyAsksEverySortOfQuestionInTheOrderTheAuthorChose() throws Exception {
        long id = f.draft("Engagement");
        f.addQuestion(id, "single", "Office or home?", "Office\nHome");
        f.addQuestion(id, "multiple", "Which tools?", "CI\nWiki\nChat");
        f.addQuestion(id, "rating", "Your week?", "");
        f.addQuestion(id, "nps", "Recommend us?", "");
        f.addQuestion(id, "yes_no", "Clear goals?", "");
        f.addQuestion(id, "ranking", "Rank them", "Pay\nTeam\nTools");
        f.addQuestion(id, "text", "Anything else?", "");
        assertThat(f.survey(id).questions()).extracting(Question::type).containsExactly(QuestionType.values());

        f.post(ADA, "/s/" + id + "/move", "question", "6", "direction", "up");
        f.post(ADA, "/s/" + id + "/move", "question", "0", "direction", "down");
        f.post(ADA, "/s/" + id + "/remove", "question", "2");
        assertThat(f.survey(id).questions()).extracting(Question::text)
                .containsExactly("Which tools?", "Office or home?", "Recommend us?", "Clear goals?", "Anything else?",
                        "Rank them");
        assertThat(f.survey(id).question(0).options()).containsExactly("CI", "Wiki", "Chat");
    }

    @Test
    void aWrongQuestionIsRefusedInTheReadersLanguageAndNothingChanges() throws Exception {
        long id = f.draft("Engagement");
        PageResult refused = f.send(Requests.post("/s/" + id + "/questions").as(ADA).in(Locale.FRENCH)
                .param("type", "single").param("text", "Où ?").param("options", "Seule option"));
        assertThat(status(refused)).isEqualTo(400);
        assertThat(model(refused).get("error")).isEqualTo(
                "Donnez de 2 à 20 options différentes d'au plus 200 caractères.");
        assertThat(f.survey(id).questions()).isEmpty();
        assertThat(f.post(ADA, "/s/" + id + "/move", "question", "5", "direction", "up"))
                .isInstanceOf(PageResult.BadRequest.class);
    }

    @Test
    void aSurveyWithoutQuestionIsNotPublished() throws Exception {
        long id = f.draft("Empty");
        PageResult refused = f.post(ADA, "/s/" + id + "/publish");
        assertThat(status(refused)).isEqualTo(400);
        assertThat(model(refused).get("error")).isEqualTo("Add at least one question before publishing.");
        assertThat(f.survey(id).status()).isEqualTo(Survey.DRAFT);
        assertThat(f.host.content().all()).isEmpty();
    }

    @Test
    void publishingMakesACardInTheFeedAndAnAnswerableSurvey() throws Exception {
        long id = f.published(true, false);
        Survey survey = f.survey(id);
        assertThat(survey.state(f.clock.instant())).isEqualTo(Survey.State.OPEN);
        assertThat(f.host.content().all()).singleElement().satisfies(item -> {
            assertThat(item.draft().type()).isEqualTo("survey");
            assertThat(item.draft().title()).isEqualTo("Team pulse");
            assertThat(item.draft().spaceId()).isNull();
            assertThat(item.draft().markdown()).contains("3 questions", "Answers are anonymous.");
            assertThat(item.draft().path()).isEqualTo("/s/" + id);
        });
        assertThat(model(f.get(BOB, "/s/" + id)).get("showForm")).isEqualTo(true);
    }

    @Test
    void theQuestionsOfAnOpenSurveyNoLongerChangeButACopyCanBeMade() throws Exception {
        long id = f.published(false, false);
        PageResult refused = f.addQuestion(id, "text", "One more?", "");
        assertThat(status(refused)).isEqualTo(409);
        assertThat(f.survey(id).questions()).hasSize(3);
        assertThat(status(f.post(ADA, "/s/" + id + "/remove", "question", "0"))).isEqualTo(409);

        PageResult copy = f.post(ADA, "/s/" + id + "/copy");
        long copyId = Long.parseLong(((PageResult.Redirect) copy).location().replaceAll("^/s/([0-9]+)/edit.*", "$1"));
        Survey copied = f.survey(copyId);
        assertThat(copied.title()).isEqualTo("Copy of Team pulse");
        assertThat(copied.status()).isEqualTo(Survey.DRAFT);
        assertThat(copied.questions()).isEqualTo(f.survey(id).questions());
        assertThat(f.addQuestion(copyId, "text", "One more?", "")).isInstanceOf(PageResult.Redirect.class);
    }

    @Test
    void aScheduledSurveyStillChangesAndAnonymityIsChosenOnceBeforePublishing() throws Exception {
        long id = f.draft("Later");
        f.addQuestion(id, "yes_no", "Ready?", "");
        f.post(ADA, "/s/" + id + "/settings", "title", "Later", "anonymous", "true", "opensAt", "2026-11-10T09:00");
        f.post(ADA, "/s/" + id + "/publish");
        assertThat(f.survey(id).state(f.clock.instant())).isEqualTo(Survey.State.SCHEDULED);
        assertThat(f.addQuestion(id, "text", "Why?", "")).isInstanceOf(PageResult.Redirect.class);
        assertThat(f.host.content().all()).singleElement()
                .satisfies(item -> assertThat(item.draft().markdown()).contains("2 questions"));
        f.post(ADA, "/s/" + id + "/settings", "title", "Later", "anonymous", "false", "opensAt", "2026-11-10T09:00");
        assertThat(f.survey(id).anonymous()).isTrue();
        // opening times are typed in the company's time zone (Europe/Paris by default)
        assertThat(f.survey(id).opensAt()).hasToString("2026-11-10T08:00:00Z");
    }

    @Test
    void whenItsSurveyIsDeletedThroughAgoraTheSurveyGoesWithIt() throws Exception {
        long id = f.published(true, false);
        f.answer(SurveyFixture.BOB, id, "q0", "0", "q1", "2");
        long item = f.survey(id).contentId();
        f.host.content().delete(item);
        f.host.dispatch(new org.agora.plugins.api.events.ContentRemoved(item, "survey", f.clock.instant()),
                new SurveyEvents());
        assertThat(new SurveyStore(f.host.records()).get(id)).isEmpty();
        assertThat(f.host.records().all()).noneMatch(r -> r.collection().equals(Roll.ROLLS));
    }

    @Test
    void theAuthorDeletesADraftButNotAPublishedSurvey() throws Exception {
        long draft = f.draft("Scrap this");
        assertThat(f.post(BOB, "/s/" + draft + "/delete")).isInstanceOf(PageResult.NotFound.class);
        assertThat(f.post(ADA, "/s/" + draft + "/delete")).isEqualTo(PageResult.redirect("/"));
        assertThat(new SurveyStore(f.host.records()).get(draft)).isEmpty();
        long published = f.published(false, false);
        assertThat(status(f.post(ADA, "/s/" + published + "/delete"))).isEqualTo(409);
        assertThat(new SurveyStore(f.host.records()).get(published)).isPresent();
    }

    @Test
    void datesAreChecked() throws Exception {
        long id = f.draft("Dates");
        assertThat(status(f.post(ADA, "/s/" + id + "/settings", "title", "Dates", "opensAt", "tomorrow")))
                .isEqualTo(400);
        PageResult backwards = f.post(ADA, "/s/" + id + "/settings", "title", "Dates",
                "opensAt", "2026-11-10T09:00", "closesAt", "2026-11-09T09:00");
        assertThat(model(backwards).get("error")).isEqualTo("A survey closes after it opens.");
    }

    @Test
    void onlyTheAuthorBuildsAndSeesADraft() throws Exception {
        long id = f.draft("Secret plans");
        assertThat(f.get(BOB, "/s/" + id + "/edit")).isInstanceOf(PageResult.NotFound.class);
        assertThat(f.post(BOB, "/s/" + id + "/publish")).isInstanceOf(PageResult.NotFound.class);
        assertThat(f.get(BOB, "/s/" + id)).isInstanceOf(PageResult.NotFound.class);
        long open = f.published(false, false);
        assertThat(f.post(BOB, "/s/" + open + "/close")).isInstanceOf(PageResult.Forbidden.class);
    }

    @Test
    void companySurveysAreForCommunicatorsButEveryoneAsksAQuickPoll() throws Exception {
        assertThat(f.get(BOB, "/new")).isInstanceOf(PageResult.Forbidden.class);
        PageResult poll = f.post(BOB, "/poll", "question", "Pizza or sushi?", "options", "Pizza\nSushi");
        assertThat(poll).isInstanceOf(PageResult.Redirect.class);
        assertThat(f.host.content().all()).singleElement().satisfies(item -> {
            assertThat(item.draft().type()).isEqualTo("poll");
            assertThat(item.draft().markdown()).contains("- Pizza", "- Sushi");
        });
    }

    @Test
    void theAuthorClosesASurveyEarly() throws Exception {
        long id = f.published(false, false);
        f.post(ADA, "/s/" + id + "/close");
        assertThat(f.survey(id).state(f.clock.instant())).isEqualTo(Survey.State.CLOSED);
        assertThat(view(f.get(BOB, "/s/" + id)).model().get("showForm")).isEqualTo(false);
        f.clock.pass(Duration.ofDays(1));
        assertThat(f.post(ADA, "/s/" + id + "/close")).isInstanceOf(PageResult.BadRequest.class);
    }
}
