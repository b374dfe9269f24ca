package org.agora.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.agora.plugins.api.PanelLocation;
import org.agora.plugins.api.PanelRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.Viewer;
import org.junit.jupiter.api.Test;

/** "Upcoming events" beside the home feed and a space's page: what is coming, for whom. */
class UpcomingPanelTest extends CalendarFixture {

    private final UpcomingPanel panel = new UpcomingPanel();

    private String home(Viewer who) {
        return host.panel(panel, new PanelRequest(PanelLocation.HOME, who, null, Locale.ENGLISH)).orElse("");
    }

    @Test
    void theHomePanelShowsEventsOneOrganisesOrGoesToAndNothingElse() throws Exception {
        Viewer bea = host.employee("Bea Member");
        Viewer otto = host.employee("Otto Outsider");
        host.space(TEAM.id(), false, ADA, bea);
        host.clock().set(Instant.parse("2026-03-02T08:00:00Z"));
        create(ADA, null, "Dentist");
        Event offsite = create(ADA, TEAM, "Offsite", "startDate", "2026-03-12", "endDate", "2026-03-12");
        create(ADA, null, "Last year's party", "startDate", "2025-12-10", "endDate", "2025-12-10");
        assertThat(post(bea, TEAM, "/event/" + offsite.uid() + "/reply", "status", "going"))
                .isInstanceOf(PageResult.Redirect.class);

        String ada = home(ADA);
        assertThat(ada).contains("Dentist").contains("Tue 10 Mar, 09:00").contains("/m/calendar/event/")
                .as("she organises it").contains("Offsite").doesNotContain("Last year");
        assertThat(home(bea)).as("an event she goes to").contains("Offsite").doesNotContain("Dentist");
        assertThat(host.panel(panel, new PanelRequest(PanelLocation.HOME, otto, null, Locale.ENGLISH)))
                .as("nothing planned: no panel on the home page").isEmpty();

        host.clock().set(Instant.parse("2026-03-11T09:00:00Z"));
        assertThat(home(ADA)).as("past events go").doesNotContain("Dentist").contains("Offsite");
        host.clock().set(Instant.parse("2026-03-13T09:00:00Z"));
        assertThat(home(ADA)).as("nothing left").isEmpty();
    }

    @Test
    void aSpacePanelShowsTheSpacesEventsInTheReadersLanguage() throws Exception {
        host.space(TEAM.id(), false, ADA);
        host.clock().set(Instant.parse("2026-03-02T08:00:00Z"));
        create(ADA, TEAM, "Sprint review");
        create(ADA, null, "Dentist");

        String shown = host.panel(panel, new PanelRequest(PanelLocation.SPACE, ADA, TEAM, Locale.FRENCH))
                .orElseThrow();
        assertThat(shown).contains("Sprint review").contains("mar. 10 mars").doesNotContain("Dentist");
        host.clock().set(Instant.parse("2026-06-01T08:00:00Z"));
        assertThat(host.panel(panel, new PanelRequest(PanelLocation.SPACE, ADA, TEAM, Locale.FRENCH)).orElseThrow())
                .contains("Rien de prévu");
    }
}
