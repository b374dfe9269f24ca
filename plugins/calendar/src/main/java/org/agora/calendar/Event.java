package org.agora.calendar;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.StoredRecord;

/**
 * An event as stored: one occurrence, or the first of a series when it has a recurrence rule. Times are wall-clock
 * times in the event's own time zone, as iCalendar keeps them, so that a weekly 9:00 meeting stays at 9:00 across a
 * daylight-saving change.
 *
 * @param id          the record id, or 0 before it is stored
 * @param version     the record version, for optimistic locking
 * @param uid         the event's stable key: its address ({@code /event/{uid}}) and its iCalendar UID
 * @param calendar    which calendar it belongs to
 * @param spaceId     its space for a space's calendar, else 0
 * @param organiserId the person who organises it (for a personal event, its owner), 0 once erased
 * @param organiser   their name, empty once erased
 * @param title       the title
 * @param markdown    the description in Markdown
 * @param start       when it starts, in {@code zone}
 * @param end         when it ends, in {@code zone}; for an all-day event the day after the last day, at midnight
 * @param zone        the time zone its times are in
 * @param allDay      true for an event of whole days
 * @param place       where it happens, or empty
 * @param link        an online meeting link (http or https), or empty
 * @param capacity    the most people going, or 0 for no limit
 * @param rrule       its iCalendar recurrence rule ({@code FREQ=WEEKLY;BYDAY=MO}), or empty for a single event
 * @param exdates     the starts of occurrences taken out of the series
 * @param contentId   the host content item of a shared event, 0 for a personal one
 */
public record Event(long id, long version, String uid, CalendarKind calendar, long spaceId, long organiserId,
                    String organiser, String title, String markdown, LocalDateTime start, LocalDateTime end,
                    ZoneId zone, boolean allDay, String place, String link, int capacity, String rrule,
                    List<LocalDateTime> exdates, long contentId) {

    static final String COLLECTION = "events";
    /** The bucket of every series: series are read whatever the month shown. */
    static final String SERIES = "series";

    public Event {
        exdates = List.copyOf(exdates);
    }

    /** @return true if the event repeats */
    public boolean repeats() {
        return !rrule.isEmpty();
    }

    /** @return true for an event of the company's or a space's calendar, which is a host content item */
    public boolean shared() {
        return calendar != CalendarKind.PERSONAL;
    }

    /** @return how long each occurrence lasts */
    public Duration duration() {
        return Duration.between(start, end);
    }

    /** @return the first start as an instant-bearing time */
    public ZonedDateTime zonedStart() {
        return start.atZone(zone);
    }

    /** @return the month a single event is found under ({@code 2026-12}), or {@link #SERIES} for a series */
    String bucket() {
        return repeats() ? SERIES : start.toString().substring(0, 7);
    }

    Event withId(long newId, long newVersion) {
        return new Event(newId, newVersion, uid, calendar, spaceId, organiserId, organiser, title, markdown, start,
                end, zone, allDay, place, link, capacity, rrule, exdates, contentId);
    }

    Event withContent(long content) {
        return new Event(id, version, uid, calendar, spaceId, organiserId, organiser, title, markdown, start, end,
                zone, allDay, place, link, capacity, rrule, exdates, content);
    }

    Event withExdates(List<LocalDateTime> dates) {
        return new Event(id, version, uid, calendar, spaceId, organiserId, organiser, title, markdown, start, end,
                zone, allDay, place, link, capacity, rrule, dates, contentId);
    }

    /** @return the event without its organiser, for an erased person */
    Event anonymous() {
        return new Event(id, version, uid, calendar, spaceId, 0, "", title, markdown, start, end, zone, allDay,
                place, link, capacity, rrule, exdates, contentId);
    }

    Map<String, String> fields() {
        Map<String, String> f = new HashMap<>();
        f.put("uid", uid);
        f.put("calendar", calendar.key());
        f.put("space", String.valueOf(spaceId));
        if (organiserId > 0) {
            f.put("organiserId", String.valueOf(organiserId));
        }
        f.put("organiser", organiser);
        f.put("title", title);
        f.put("markdown", markdown);
        f.put("start", start.toString());
        f.put("end", end.toString());
        f.put("zone", zone.getId());
        f.put("allDay", String.valueOf(allDay));
        f.put("place", place);
        f.put("link", link);
        f.put("capacity", String.valueOf(capacity));
        f.put("rrule", rrule);
        f.put("exdates", String.join(",", exdates.stream().map(LocalDateTime::toString).toList()));
        f.put("content", String.valueOf(contentId));
        f.put("shared", String.valueOf(shared()));
        f.put("bucket", bucket());
        return f;
    }

    static Optional<Event> of(StoredRecord r) {
        try {
            String ex = r.field("exdates").orElse("");
            return Optional.of(new Event(r.id(), r.version(), r.field("uid").orElseThrow(),
                    CalendarKind.of(r.field("calendar").orElse("")), number(r, "space"), number(r, "organiserId"),
                    r.field("organiser").orElse(""), r.field("title").orElse(""), r.field("markdown").orElse(""),
                    LocalDateTime.parse(r.field("start").orElseThrow()),
                    LocalDateTime.parse(r.field("end").orElseThrow()), ZoneId.of(r.field("zone").orElseThrow()),
                    "true".equals(r.field("allDay").orElse("")), r.field("place").orElse(""),
                    r.field("link").orElse(""), (int) number(r, "capacity"), r.field("rrule").orElse(""),
                    ex.isEmpty() ? List.of() : Arrays.stream(ex.split(",")).map(LocalDateTime::parse).toList(),
                    number(r, "content")));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    static long number(StoredRecord r, String field) {
        return r.field(field).filter(v -> v.matches("[0-9]{1,18}")).map(Long::parseLong).orElse(0L);
    }
}
