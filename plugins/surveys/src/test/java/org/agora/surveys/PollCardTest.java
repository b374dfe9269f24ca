package org.agora.surveys;

import static org.agora.surveys.SurveyFixture.ADA;
import static org.agora.surveys.SurveyFixture.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.api.content.ContentCardRequest;
import org.agora.plugins.testkit.InMemoryContentItems;
import org.junit.jupiter.api.Test;

/** A quick poll is answered in one click from its feed card, which then shows the results. */
class PollCardTest {

    private final SurveyFixture f = new SurveyFixture();
    private final PollCard cards = new PollCard(f.clock);

    private InMemoryContentItems.Stored item(String type) {
        return f.host.content().all().stream().filter(s -> s.draft().type().equals(type)).findFirst().orElseThrow();
    }

    private String card(InMemoryContentItems.Stored item, Viewer viewer, SpaceRef space, Locale locale) {
        return f.host.card(cards, new ContentCardRequest(item.item().id(), item.draft().type(), item.draft().path(),
                space, viewer, locale)).orElse("");
    }

    @Test
    void theCardOffersTheOptionsThenShowsTheResultsOnceAnswered() throws Exception {
        f.post(BOB, "/poll", "question", "Pizza or sushi?", "options", "Pizza\nSushi");
        InMemoryContentItems.Stored poll = item("poll");
        long id = f.survey(f.host.records().all().get(0).id()).id();

        String before = card(poll, ADA, null, Locale.ENGLISH);
        assertThat(before).contains("action=\"/m/surveys/s/" + id + "/answer\"")
                .contains("name=\"q0\" value=\"1\"").contains(">Sushi<").contains("name=\"_csrf\"")
                .doesNotContain("survey-poll-results");

        f.answer(ADA, id, "q0", "1");
        String after = card(poll, ADA, null, Locale.FRENCH);
        assertThat(after).contains("survey-poll-results").contains("width: 100%").doesNotContain("poll-card-form")
                .contains("1 réponse");

        f.post(BOB, "/s/" + id + "/close");
        String closed = card(poll, org.agora.plugins.testkit.TestHost.viewer(5, "Cleo Cole", "member"), null,
                Locale.ENGLISH);
        assertThat(closed).contains("poll-closed").doesNotContain("poll-card-form");
    }

    @Test
    void aSurveysCardKeepsItsTitleAndSummary() throws Exception {
        long id = f.published(false, false);
        assertThat(f.survey(id).poll()).isFalse();
        InMemoryContentItems.Stored survey = item("survey");
        assertThat(f.host.card(cards, new ContentCardRequest(survey.item().id(), "survey", survey.draft().path(),
                null, BOB, Locale.ENGLISH))).isEmpty();
    }
}
