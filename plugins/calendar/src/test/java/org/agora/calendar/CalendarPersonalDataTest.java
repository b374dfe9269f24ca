package org.agora.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.plugins.api.RecordQuery;
import org.junit.jupiter.api.Test;

class CalendarPersonalDataTest extends CalendarFixture {

    @Test
    void anExportListsTheEventsAPersonOrganisesAndTheirAnswersAreTheirs() throws Exception {
        Event shared = create(ADA, TEAM, "Retro \"Q1\"");
        create(ADA, null, "Dentist");
        post(BOB, TEAM, "/event/" + shared.uid() + "/reply", "status", "going");
        String export = new CalendarPersonalData().export(ADA.id(), host.context());
        assertThat(export).contains("\"title\":\"Retro \\\"Q1\\\"\"").contains("\"title\":\"Dentist\"")
                .contains("\"zone\":\"Europe/Paris\"");
        assertThat(new CalendarPersonalData().export(CLEO.id(), host.context())).isNull();
        // answers are owned by the person who answers: the host exports and erases them itself
        assertThat(host.records().find(RecordQuery.in(Replies.COLLECTION).ownedBy(BOB.id()))).hasSize(1);
    }

    @Test
    void erasingAPersonDeletesTheirPersonalCalendarAndTakesTheirNameOffSharedEvents() throws Exception {
        Event shared = create(ADA, TEAM, "Retro");
        Event personal = create(ADA, null, "Dentist");
        new CalendarPersonalData().erase(ADA.id(), host.context());
        EventStore store = new EventStore(host.records());
        assertThat(store.byUid(personal.uid())).isEmpty();
        Event kept = store.byUid(shared.uid()).orElseThrow();
        assertThat(kept.organiser()).isEmpty();
        assertThat(kept.organiserId()).isZero();
        assertThat(host.records().all()).noneMatch(r -> r.fields().containsValue("Ada Lovelace"));
    }
}
