package org.agora.surveys;

import static org.agora.surveys.SurveyFixture.BOB;
import static org.agora.surveys.SurveyFixture.TEAM;
import static org.agora.surveys.SurveyFixture.status;
import static org.assertj.core.api.Assertions.assertThat;

import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.testkit.Requests;
import org.junit.jupiter.api.Test;

/** A space's surveys stay inside the space: its members build and answer them, nobody finds them elsewhere. */
class SpaceSurveysTest {

    private final SurveyFixture f = new SurveyFixture();
    private static final SpaceRef OTHER = new SpaceRef(8, "other", "Other", true, false);
    private static final SpaceRef TEAM_AS_READER = new SpaceRef(7, "team", "Team", false, false);

    private long spaceSurvey() throws Exception {
        PageResult created = f.send(Requests.post("/new").as(BOB).inSpace(TEAM).param("title", "Retro"));
        long id = Long.parseLong(((PageResult.Redirect) created).location().replaceAll("^/s/([0-9]+)/edit.*", "$1"));
        assertThat(((PageResult.Redirect) created).location()).endsWith("?space=7");
        f.send(Requests.post("/s/" + id + "/questions").as(BOB).inSpace(TEAM).param("type", "yes_no")
                .param("text", "Good sprint?").param("required", "true"));
        f.send(Requests.post("/s/" + id + "/publish").as(BOB).inSpace(TEAM));
        return id;
    }

    @Test
    void membersOfASpaceCreateItsSurveysWhichArePublishedInTheSpace() throws Exception {
        long id = spaceSurvey();
        assertThat(f.host.content().all()).singleElement().satisfies(item -> {
            assertThat(item.draft().spaceId()).isEqualTo(7L);
            assertThat(item.draft().path()).isEqualTo("/s/" + id + "?space=7");
        });
        assertThat(f.send(Requests.post("/new").as(BOB).inSpace(TEAM_AS_READER).param("title", "x")))
                .isInstanceOf(PageResult.Forbidden.class);
    }

    @Test
    void aSpaceSurveyIsNotFoundOutsideItsSpace() throws Exception {
        long id = spaceSurvey();
        assertThat(f.get(BOB, "/s/" + id)).isInstanceOf(PageResult.NotFound.class);
        assertThat(f.send(Requests.get("/s/" + id).as(BOB).inSpace(OTHER))).isInstanceOf(PageResult.NotFound.class);
        assertThat(f.send(Requests.get("/s/" + id + "/results").as(BOB).inSpace(OTHER)))
                .isInstanceOf(PageResult.NotFound.class);
        assertThat(SurveyFixture.<BuilderPages.Row>list(f.get(BOB, "/"), "open")).isEmpty();
        assertThat(SurveyFixture.<BuilderPages.Row>list(f.send(Requests.get("/").as(BOB).inSpace(TEAM)), "open"))
                .extracting(r -> r.survey().id()).containsExactly(id);
    }

    @Test
    void onlyMembersAnswerASpaceSurvey() throws Exception {
        long id = spaceSurvey();
        PageResult reader = f.send(Requests.post("/s/" + id + "/answer").as(SurveyFixture.ADA)
                .inSpace(TEAM_AS_READER).param("q0", "yes"));
        assertThat(status(reader)).isEqualTo(403);
        assertThat(f.send(Requests.post("/s/" + id + "/answer").as(SurveyFixture.ADA).inSpace(TEAM)
                .param("q0", "yes"))).isInstanceOf(PageResult.Redirect.class);
    }
}
