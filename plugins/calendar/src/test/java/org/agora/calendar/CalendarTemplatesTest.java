package org.agora.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.testkit.Requests;
import org.junit.jupiter.api.Test;

/**
 * Renders every template with the models the handlers give, on the test kit's engine set up as the host's, so that
 * an expression a template cannot evaluate fails here rather than on Liberty.
 */
class CalendarTemplatesTest extends CalendarFixture {

    /** Renders with the test kit's engine, set up as the host's, with the host's fragments. */
    private String render(PageResult result, Locale locale) {
        String html = host.render(view(result), ADA, locale);
        assertThat(html).doesNotContain("??");
        return html;
    }

    private PageResult in(String path, String... params) throws Exception {
        Requests r = Requests.get(path).as(ADA).inSpace(TEAM);
        for (int i = 0; i < params.length; i += 2) {
            r.param(params[i], params[i + 1]);
        }
        return send(r);
    }

    @Test
    void theThreeViewsRenderWithTheirEventsAndKeys() throws Exception {
        create(ADA, TEAM, "Retro <b>");
        for (String mode : new String[] {"month", "week", "agenda"}) {
            String html = render(in("/", "view", mode, "date", "2026-03-10"), Locale.ENGLISH);
            assertThat(html).contains("Retro &lt;b&gt;").doesNotContain("Retro <b>")
                    .contains("href=\"/m/calendar/event/").contains("Calendar of Team")
                    .contains("data-prev=\"/m/calendar/?view=" + mode);
        }
        assertThat(render(send(Requests.get("/").as(ADA).inSpace(TEAM).in(Locale.FRENCH)), Locale.FRENCH))
                .contains("Agenda de Team").contains("Semaine");
        assertThat(render(get(ADA, "/"), Locale.ENGLISH)).contains("Everything I can see").contains("/m/calendar/sync");
    }

    @Test
    void theEventPageShowsAnswersAttendeesAndActions() throws Exception {
        Event e = create(ADA, TEAM, "Workshop", "capacity", "1", "repeat", "weekly", "count", "3");
        post(BOB, TEAM, "/event/" + e.uid() + "/reply", "status", "going");
        post(ADA, TEAM, "/event/" + e.uid() + "/reply", "status", "going");
        String html = render(in("/event/" + e.uid()), Locale.ENGLISH);
        assertThat(html).contains("Your answer: on the waiting list").contains("Going (1)").contains("Bob Builder")
                .contains("Waiting list (1)").contains("action=\"/m/calendar/event/" + e.uid() + "/reply?space=7\"")
                .contains("value=\"test-csrf-token\"").contains("Every week, on Tuesday, 3 times")
                .contains("/edit?space=7").contains("Cancel this occurrence");
        assertThat(render(send(Requests.get("/event/" + e.uid()).as(ADA).inSpace(TEAM).in(Locale.FRENCH)),
                Locale.FRENCH)).contains("Votre réponse : sur liste d&#39;attente")
                .contains("Chaque semaine, le mardi, 3 fois");
    }

    @Test
    void theFormsRenderWithTheirErrors() throws Exception {
        assertThat(render(in("/new"), Locale.ENGLISH)).contains("New event").containsPattern("value=\"Europe/Paris\"\\s+selected");
        String invalid = render(post(ADA, TEAM, "/new", event("Late", "endTime", "08:00", "text", "kept text")),
                Locale.ENGLISH);
        assertThat(invalid).contains("The event ends before it starts.").contains(">kept text</textarea>");
        Event e = create(ADA, TEAM, "Stand-up", "repeat", "weekly", "count", "3", "days", "TH");
        assertThat(render(in("/event/" + e.uid() + "/edit"), Locale.ENGLISH)).contains("name=\"version\"")
                .containsPattern("value=\"weekly\"\\s+selected").containsPattern("id=\"day-TH\" value=\"TH\"\\s+checked");
        assertThat(render(in("/event/" + e.uid() + "/occurrence", "at", "2026-03-17T09:00"), Locale.ENGLISH))
                .contains("Change one occurrence of Stand-up").contains("value=\"2026-03-17\"");
        post(ADA, null, "/sync/renew");
        assertThat(render(get(ADA, "/sync"), Locale.ENGLISH)).contains("http://agora.test/public/m/calendar/feed/").contains(".ics");
    }
}
