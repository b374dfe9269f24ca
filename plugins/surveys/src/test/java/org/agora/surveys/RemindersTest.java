package org.agora.surveys;

import static org.agora.surveys.SurveyFixture.ADA;
import static org.agora.surveys.SurveyFixture.model;
import static org.agora.surveys.SurveyFixture.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PluginNotification;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.testkit.Requests;
import org.junit.jupiter.api.Test;

class RemindersTest {

    private final SurveyFixture f = new SurveyFixture();
    private final Viewer chloe = f.host.employee("Chloé Petit");
    private final Viewer dan = f.host.employee("Dan Moreau");
    private final Viewer eve = f.host.employee("Eve Laurent");

    @Test
    void theResultsSayHowManyOfTheAudienceAnswered() throws Exception {
        long id = f.published(false, false);
        f.answer(chloe, id, "q0", "1", "q1", "4");
        var results = model(f.get(ADA, "/s/" + id + "/results"));
        assertThat(results).containsEntry("audience", 3L).containsEntry("rate", 33L)
                .containsEntry("remindable", true);
        assertThat(f.get(chloe, "/s/" + id + "/results")).as("results wait for the closing")
                .isInstanceOf(PageResult.Forbidden.class);
    }

    @Test
    void onlyThoseWhoHaveNotAnsweredAreRemindedAndAtMostOnceADay() throws Exception {
        long id = f.published(true, false);
        f.answer(chloe, id, "q0", "1", "q1", "4");
        assertThat(f.post(ADA, "/s/" + id + "/remind")).isInstanceOf(PageResult.Redirect.class);
        assertThat(f.host.notifications()).as("sent by the periodic task, not the page").isEmpty();

        f.host.run(new SurveyDeadlines(f.clock));
        assertThat(f.host.notifications()).extracting(PluginNotification::recipientId)
                .containsExactlyInAnyOrder(dan.id(), eve.id());
        assertThat(f.host.notificationTexts(Locale.ENGLISH)).containsOnly("The survey Team pulse is waiting for your answer.");
        f.host.run(new SurveyDeadlines(f.clock));
        assertThat(f.host.notifications()).as("a reminder is sent once").hasSize(2);

        PageResult again = f.post(ADA, "/s/" + id + "/remind");
        assertThat(status(again)).isEqualTo(409);
        assertThat(model(again).get("message").toString()).contains("already reminded today");

        f.answer(dan, id, "q0", "0", "q1", "2");
        f.clock.pass(Duration.ofDays(1));
        assertThat(f.post(ADA, "/s/" + id + "/remind")).isInstanceOf(PageResult.Redirect.class);
        f.host.run(new SurveyDeadlines(f.clock));
        assertThat(f.host.notifications()).extracting(PluginNotification::recipientId).hasSize(3).last()
                .isEqualTo(eve.id());
    }

    @Test
    void aSpaceSurveyRemindsTheSpacesMembersOnly() throws Exception {
        f.host.space(SurveyFixture.TEAM.id(), false, chloe, dan, ADA);
        PageResult created = f.send(Requests.post("/new").as(ADA).inSpace(SurveyFixture.TEAM)
                .param("title", "Team lunch").param("description", ""));
        long spaceSurvey = Long.parseLong(((PageResult.Redirect) created).location().replaceAll("^/s/([0-9]+)/edit.*", "$1"));
        f.send(Requests.post("/s/" + spaceSurvey + "/questions").as(ADA).inSpace(SurveyFixture.TEAM)
                .param("type", "yes_no").param("text", "Pizza?").param("required", "true").param("options", ""));
        assertThat(f.send(Requests.post("/s/" + spaceSurvey + "/publish").as(ADA).inSpace(SurveyFixture.TEAM)))
                .isInstanceOf(PageResult.Redirect.class);
        assertThat(f.send(Requests.post("/s/" + spaceSurvey + "/remind").as(ADA).inSpace(SurveyFixture.TEAM)))
                .isInstanceOf(PageResult.Redirect.class);
        f.host.run(new SurveyDeadlines(f.clock));
        assertThat(f.host.notifications()).as("Ada asks; Eve is not in the space")
                .extracting(PluginNotification::recipientId).containsExactlyInAnyOrder(chloe.id(), dan.id());
        assertThat(f.host.notifications()).extracting(PluginNotification::path)
                .containsOnly("/s/" + spaceSurvey + "?space=" + SurveyFixture.TEAM.id());
    }

    @Test
    void nobodyButTheAuthorRemindsAndNotAfterClosing() throws Exception {
        long id = f.published(false, false);
        assertThat(f.post(chloe, "/s/" + id + "/remind")).isInstanceOf(PageResult.Forbidden.class);
        f.post(ADA, "/s/" + id + "/close");
        assertThat(f.post(ADA, "/s/" + id + "/remind")).isInstanceOf(PageResult.BadRequest.class);
        assertThat(f.host.records().all()).noneMatch(r -> r.collection().equals(Reminders.REMINDERS));
    }
}
