package org.agora.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.agora.plugins.api.RecordQuery;
import org.junit.jupiter.api.Test;

class CalendarPersonalDataTest extends CalendarFixture {

    @Test
    void anExportListsTheEventsAPersonOrganisesAndTheirAnswersAreTheirs() throws Exception {
        Event shared = create(ADA, TEAM, "Retro \"Q1\"");
        create(ADA, null, "Dentist");
        post(BOB, TEAM, "/event/" + shared.uid() + "/reply", "status", "going");
        Map<?, ?> export = (Map<?, ?>) new CalendarPersonalData().exportData(ADA.id(), host.context());
        List<?> events = (List<?>) export.get("eventsOrganised");
        assertThat(events.stream().map(m -> String.valueOf(((Map<?, ?>) m).get("title"))).toList())
                .containsExactlyInAnyOrder("Retro \"Q1\"", "Dentist");
        assertThat(events).allSatisfy(m -> assertThat(((Map<?, ?>) m).get("zone")).isEqualTo("Europe/Paris"));
        assertThat(new CalendarPersonalData().exportData(CLEO.id(), host.context())).isNull();
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
