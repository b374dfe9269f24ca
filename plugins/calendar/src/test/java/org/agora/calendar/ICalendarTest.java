package org.agora.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.PublicRequest;
import org.agora.plugins.testkit.Requests;
import org.junit.jupiter.api.Test;

/** The .ics files, read back by ical4j's parser and validator as a calendar program would. */
class ICalendarTest extends CalendarFixture {

    static Calendar parse(PageResult result) throws Exception {
        assertThat(result).isInstanceOf(PageResult.Download.class);
        PageResult.Download d = (PageResult.Download) result;
        assertThat(d.contentType()).isEqualTo("text/calendar");
        Calendar cal = new CalendarBuilder().build(new StringReader(new String(d.content(), StandardCharsets.UTF_8)));
        assertThat(cal.validate().hasErrors()).as(cal.validate().toString()).isFalse();
        return cal;
    }

    @Test
    void aSeriesDownloadsWithItsZoneRuleTakenOutDateAndChangedOccurrence() throws Exception {
        Event e = create(ADA, TEAM, "Stand-up", "startDate", "2026-03-23", "endDate", "2026-03-23",
                "repeat", "weekly", "count", "3", "place", "Room A", "text", "Fifteen *minutes*");
        post(ADA, TEAM, "/event/" + e.uid() + "/cancel", "at", "2026-03-30T09:00");
        post(ADA, TEAM, "/event/" + e.uid() + "/occurrence", "at", "2026-04-06T09:00", "title", "Stand-up moved",
                "place", "Room B", "startDate", "2026-04-07", "startTime", "11:00", "endDate", "2026-04-07",
                "endTime", "11:30");
        Calendar cal = parse(send(Requests.get("/event/" + e.uid() + "/ics").as(BOB).inSpace(TEAM)));
        List<VEvent> events = cal.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        assertThat(cal.getComponents(Component.VTIMEZONE)).hasSize(1);
        VEvent series = events.stream().filter(v -> v.getProperty("RRULE").isPresent()).findFirst().orElseThrow();
        assertThat(series.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Stand-up");
        assertThat(series.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Paris");
        assertThat(series.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Room A");
        assertThat(series.getProperty("EXDATE").orElseThrow().getValue()).isEqualTo("20260330T090000");
        // the parser expands the series as a calendar program would: the first in winter time, none on the 30th
        var period = new Period<ZonedDateTime>(ZonedDateTime.parse("2026-03-01T00:00:00+01:00[Europe/Paris]"),
                ZonedDateTime.parse("2026-05-01T00:00:00+02:00[Europe/Paris]"));
        assertThat(series.<ZonedDateTime>calculateRecurrenceSet(period)).extracting(p -> p.getStart().toOffsetDateTime()
                .toString()).containsExactly("2026-03-23T09:00+01:00", "2026-04-06T09:00+02:00");
        VEvent moved = events.stream().filter(v -> v.getProperty("RECURRENCE-ID").isPresent()).findFirst()
                .orElseThrow();
        assertThat(moved.getProperty("UID").orElseThrow().getValue())
                .isEqualTo(series.getProperty("UID").orElseThrow().getValue());
        assertThat(moved.getProperty("RECURRENCE-ID").orElseThrow().getValue()).isEqualTo("20260406T090000");
        assertThat(moved.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20260407T110000");
    }

    /** The feed as a calendar application reads it, signed in as nobody. */
    private PageResult feed(String token) throws Exception {
        return host.handle(new CalendarFeeds(clock), new PublicRequest("/feed/" + token + ".ics", Map.of(),
                Locale.ENGLISH));
    }

    @Test
    void theFeedHoldsWhatThePersonTakesPartInAndIsClosedOnceRevoked() throws Exception {
        Event going = create(ADA, TEAM, "Workshop");
        create(ADA, TEAM, "Not for Bob");
        create(BOB, null, "Bob's dentist");
        create(ADA, null, "Ada's dentist");
        post(BOB, TEAM, "/event/" + going.uid() + "/reply", "status", "going");
        post(BOB, null, "/sync/renew");
        String token = SyncPages.token(host.context(), BOB.id()).orElseThrow();
        Calendar feed = parse(feed(token));
        assertThat(feed.<VEvent>getComponents(Component.VEVENT)).extracting(v -> v.getProperty("SUMMARY")
                .orElseThrow().getValue()).containsExactlyInAnyOrder("Workshop", "Bob's dentist");
        assertThat(parse(get(BOB, "/mine.ics")).getComponents(Component.VEVENT)).hasSize(2);
        post(BOB, null, "/sync/revoke");
        assertThat(feed(token)).as("a revoked address").isInstanceOf(PageResult.NotFound.class);
        assertThat(get(BOB, "/feed/" + token + ".ics")).as("served publicly only").isInstanceOf(PageResult.NotFound.class);
    }

    @Test
    void anIcsFileIsImportedWholeOrNotAtAll() throws Exception {
        String good = """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Test//EN\r
                BEGIN:VEVENT\r
                UID:1@test\r
                DTSTAMP:20260101T000000Z\r
                DTSTART;TZID=Europe/Paris:20260310T090000\r
                DTEND;TZID=Europe/Paris:20260310T100000\r
                SUMMARY:Imported meeting\r
                RRULE:FREQ=WEEKLY;COUNT=2\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:2@test\r
                DTSTAMP:20260101T000000Z\r
                DTSTART;VALUE=DATE:20260312\r
                DTEND;VALUE=DATE:20260313\r
                SUMMARY:Holiday\r
                END:VEVENT\r
                END:VCALENDAR\r
                """;
        PageResult bad = send(Requests.post("/import").as(ADA).file("file", "x.ics", "text/calendar",
                good.replace("RRULE:FREQ=WEEKLY;COUNT=2", "RRULE:FREQ=WEEKLY").getBytes(StandardCharsets.UTF_8)));
        assertThat(bad).isInstanceOf(PageResult.BadRequest.class);
        assertThat(((PageResult.BadRequest) bad).message()).contains("Event 1").contains("Nothing was imported");
        assertThat(send(Requests.post("/import").as(ADA).file("file", "x.ics", "text/calendar",
                "not a calendar".getBytes(StandardCharsets.UTF_8)))).isInstanceOf(PageResult.BadRequest.class);
        assertThat(host.records().all()).isEmpty();
        PageResult ok = send(Requests.post("/import").as(ADA).file("file", "x.ics", "text/calendar",
                good.getBytes(StandardCharsets.UTF_8)));
        assertThat(ok).isInstanceOf(PageResult.Redirect.class);
        List<Event> mine = new EventStore(host.records()).all(org.agora.plugins.api.RecordQuery.in(Event.COLLECTION));
        assertThat(mine).extracting(Event::title).containsExactlyInAnyOrder("Imported meeting", "Holiday");
        assertThat(mine).allSatisfy(ev -> assertThat(ev.calendar()).isEqualTo(CalendarKind.PERSONAL));
        assertThat(mine).filteredOn(Event::allDay).singleElement()
                .satisfies(h -> assertThat(h.end()).hasToString("2026-03-13T00:00"));
        assertThat(mine).filteredOn(Event::repeats).singleElement()
                .satisfies(m -> assertThat(m.rrule()).isEqualTo("FREQ=WEEKLY;COUNT=2"));
    }

    @Test
    void aSeriesWithATakenOutDateAndAChangedOccurrenceIsImportedAsItWasExported() throws Exception {
        Event e = create(ADA, TEAM, "Stand-up", "startDate", "2026-03-23", "endDate", "2026-03-23",
                "repeat", "weekly", "count", "3", "place", "Room A");
        post(ADA, TEAM, "/event/" + e.uid() + "/cancel", "at", "2026-03-30T09:00");
        post(ADA, TEAM, "/event/" + e.uid() + "/occurrence", "at", "2026-04-06T09:00", "title", "Stand-up moved",
                "place", "Room B", "startDate", "2026-04-07", "startTime", "11:00", "endDate", "2026-04-07",
                "endTime", "11:30");
        PageResult.Download file = (PageResult.Download) send(Requests.get("/event/" + e.uid() + "/ics").as(BOB)
                .inSpace(TEAM));

        assertThat(send(Requests.post("/import").as(BOB).file("file", "stand-up.ics", "text/calendar",
                file.content()))).isInstanceOf(PageResult.Redirect.class);
        EventStore store = new EventStore(host.records());
        Event imported = store.all(org.agora.plugins.api.RecordQuery.in(Event.COLLECTION)).stream()
                .filter(ev -> ev.calendar() == CalendarKind.PERSONAL).findFirst().orElseThrow();
        assertThat(imported.zone()).as("the region named in the file").isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(imported.exdates()).extracting(Object::toString).containsExactly("2026-03-30T09:00");
        assertThat(store.changes(imported.uid())).singleElement().satisfies(c -> {
            assertThat(c.recurrenceId()).hasToString("2026-04-06T09:00");
            assertThat(c.start()).hasToString("2026-04-07T11:00");
            assertThat(c.end()).hasToString("2026-04-07T11:30");
            assertThat(c.title()).isEqualTo("Stand-up moved");
            assertThat(c.place()).isEqualTo("Room B");
        });

        List<VEvent> again = parse(get(BOB, "/mine.ics")).getComponents(Component.VEVENT);
        assertThat(again).extracting(v -> v.getProperty("RECURRENCE-ID").map(p -> p.getValue()).orElse("series"))
                .containsExactlyInAnyOrder("series", "20260406T090000");
    }

    @Test
    void aZoneThatOnlyTheFileDescribesBecomesTheReadersZoneAtTheSameInstant() throws Exception {
        String outlook = """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Test//EN\r
                BEGIN:VTIMEZONE\r
                TZID:Custom Eastern\r
                BEGIN:STANDARD\r
                DTSTART:19700101T000000\r
                TZOFFSETFROM:-0500\r
                TZOFFSETTO:-0500\r
                END:STANDARD\r
                END:VTIMEZONE\r
                BEGIN:VEVENT\r
                UID:eastern@test\r
                DTSTAMP:20260101T000000Z\r
                DTSTART;TZID=Custom Eastern:20260310T090000\r
                DTEND;TZID=Custom Eastern:20260310T100000\r
                SUMMARY:Call with Boston\r
                END:VEVENT\r
                END:VCALENDAR\r
                """;
        assertThat(send(Requests.post("/import").as(ADA).file("file", "boston.ics", "text/calendar",
                outlook.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(PageResult.Redirect.class);
        Event call = new EventStore(host.records()).all(org.agora.plugins.api.RecordQuery.in(Event.COLLECTION))
                .getFirst();
        assertThat(call.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(call.start()).as("09:00 at -05:00 is 15:00 in Paris").hasToString("2026-03-10T15:00");
        assertThat(call.end()).hasToString("2026-03-10T16:00");

        // the zone ical4j made of the file's description is gone once the parsed file is collected
        System.gc();
        List<VEvent> exported = parse(get(ADA, "/mine.ics")).getComponents(Component.VEVENT);
        assertThat(exported).singleElement().satisfies(v -> assertThat(v.getProperty("DTSTART").orElseThrow()
                .toString()).contains("TZID=Europe/Paris").contains("20260310T150000"));
    }

    @Test
    void aChangedOccurrenceWithoutItsSeriesIsRefusedAndNothingIsImported() throws Exception {
        String orphan = """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Test//EN\r
                BEGIN:VEVENT\r
                UID:lonely@test\r
                DTSTAMP:20260101T000000Z\r
                RECURRENCE-ID;TZID=Europe/Paris:20260310T090000\r
                DTSTART;TZID=Europe/Paris:20260311T090000\r
                DTEND;TZID=Europe/Paris:20260311T100000\r
                SUMMARY:Moved\r
                END:VEVENT\r
                END:VCALENDAR\r
                """;
        PageResult refused = send(Requests.post("/import").as(ADA).file("file", "x.ics", "text/calendar",
                orphan.getBytes(StandardCharsets.UTF_8)));
        assertThat(refused).isInstanceOf(PageResult.BadRequest.class);
        assertThat(((PageResult.BadRequest) refused).message()).contains("Nothing was imported");
        assertThat(host.records().all()).isEmpty();
    }
}
