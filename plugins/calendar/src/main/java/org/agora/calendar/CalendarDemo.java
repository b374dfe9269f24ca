package org.agora.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.agora.calendar.Reply.Status;
import org.agora.plugins.api.DemoCompany;
import org.agora.plugins.api.DemoContent;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.Viewer;
import org.pf4j.Extension;

/**
 * The demo company's calendars: a company all-hands next month, the Engineering team's weekly stand-up and a
 * workshop with a few places and a waiting list, and a personal appointment, all in the coming weeks.
 */
@Extension
public class CalendarDemo implements DemoContent {

    @Override
    public void seed(DemoCompany company, PluginContext context) {
        ZoneId paris = ZoneId.of("Europe/Paris");
        LocalDate monday = LocalDate.now(paris).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        EventStore store = new EventStore(context.records());
        EventFeed feed = new EventFeed(context);
        Replies replies = new Replies(context, Clock.systemUTC());
        Viewer olivia = company.person("olivia.chen");
        Viewer lucas = company.person("lucas.bernard");
        Viewer camille = company.person("camille.martin");
        long engineering = company.space("engineering").id();

        publish(store, feed, olivia, CalendarKind.COMPANY, 0, "All-hands: the year ahead",
                "Olivia presents the plan for next year, then questions from everyone. #allhands",
                monday.plusWeeks(2).atTime(16, 0), 90, "Atrium, Lyon office", "", 0, "", paris);
        publish(store, feed, lucas, CalendarKind.SPACE, engineering, "Engineering stand-up",
                "Fifteen minutes: yesterday, today, blockers.", monday.atTime(9, 30), 15, "",
                "https://meet.lumen.example/standup", 0, "FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=40", paris);
        Event workshop = publish(store, feed, camille, CalendarKind.SPACE, engineering,
                "Workshop: profiling Java services",
                "Bring a laptop with JDK 21. We profile a slow service together with JFR.",
                monday.plusDays(3).atTime(14, 0), 120, "Room Ada, 2nd floor", "", 2, "", paris);
        for (String handle : List.of("lucas.bernard", "nathan.david", "amara.diallo")) {
            replies.answer(workshop, company.person(handle), Status.GOING, Paths.event(workshop));
        }
        store.create(new Event(0, 0, EventPages.newUid(), CalendarKind.PERSONAL, 0, lucas.id(), lucas.name(),
                "Dentist", "", monday.plusDays(1).atTime(LocalTime.of(8, 0)),
                monday.plusDays(1).atTime(LocalTime.of(8, 45)), paris, false, "", "", 0, "", List.of(), 0));
    }

    private static Event publish(EventStore store, EventFeed feed, Viewer organiser, CalendarKind kind, long space,
                                 String title, String text, LocalDateTime start, int minutes, String place,
                                 String link, int capacity, String rrule, ZoneId zone) {
        Event e = new Event(0, 0, EventPages.newUid(), kind, space, organiser.id(), organiser.name(), title, text,
                start, start.plusMinutes(minutes), zone, false, place, link, capacity, rrule, List.of(), 0);
        e = e.withContent(feed.publish(e, organiser).id());
        return store.create(e);
    }

}
