package org.agora.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.agora.plugins.api.DemoCompany;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.testkit.TestHost;
import org.junit.jupiter.api.Test;

class CalendarDemoTest {

    private static final SpaceRef ENGINEERING = new SpaceRef(7, "engineering", "Engineering", false, false);

    private final TestHost host = TestHost.forPlugin("calendar")
            .declaring(new CalendarPermissions(), new CalendarContent());

    private static DemoCompany company() {
        List<String> handles = List.of("olivia.chen", "nathan.david", "camille.martin", "lucas.bernard",
                "amara.diallo");
        Map<String, Viewer> people = new java.util.HashMap<>();
        for (int i = 0; i < handles.size(); i++) {
            people.put(handles.get(i), TestHost.viewer(i + 1, handles.get(i), "member"));
        }
        return new DemoCompany(people, Map.of("engineering", ENGINEERING));
    }

    @Test
    void theDemoHasACompanyEventARepeatingStandUpAFullWorkshopAndAPersonalAppointment() {
        new CalendarDemo().seed(company(), host.context());
        List<Event> events = new EventStore(host.records()).all(RecordQuery.in(Event.COLLECTION));
        assertThat(events).extracting(Event::title).containsExactlyInAnyOrder("All-hands: the year ahead",
                "Engineering stand-up", "Workshop: profiling Java services", "Dentist");
        assertThat(events).filteredOn(Event::repeats).singleElement()
                .satisfies(e -> assertThat(e.calendar()).isEqualTo(CalendarKind.SPACE));
        assertThat(host.content().all()).as("the shared events are content items").hasSize(3);
        Event workshop = events.stream().filter(e -> e.capacity() > 0).findFirst().orElseThrow();
        assertThat(new Replies(host.context(), java.time.Clock.systemUTC()).of(workshop))
                .extracting(Reply::status).containsExactly(Reply.Status.GOING, Reply.Status.GOING,
                        Reply.Status.WAITING);
    }
}
