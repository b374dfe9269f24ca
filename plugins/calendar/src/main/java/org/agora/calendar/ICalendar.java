package org.agora.calendar;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Events as iCalendar (RFC 5545) with ical4j: each event a VEVENT with its zone's VTIMEZONE, its rule (RRULE), the
 * occurrences taken out (EXDATE) and one more VEVENT per occurrence changed on its own (RECURRENCE-ID). The
 * output is validated by ical4j as it is written, so a file that calendars could not read is never sent.
 */
final class ICalendar {

    /** An event with the occurrences changed on their own. */
    record Entry(Event event, List<Change> changes) {
    }

    private ICalendar() {
    }

    /**
     * @return the events as one calendar, validated; it always holds the company's zone, since a calendar without
     *         any component is not valid iCalendar (an empty feed)
     */
    static String write(String name, Collection<Entry> entries, Instant stamp, ZoneId home) {
        return inPluginLoader(() -> {
            Calendar cal = new Calendar();
            cal.add(new ProdId("-//Agora//Calendar 1.0//EN"));
            cal.add(ImmutableVersion.VERSION_2_0);
            cal.add(ImmutableCalScale.GREGORIAN);
            cal.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", name));
            Set<ZoneId> zones = new HashSet<>();
            zones.add(home);
            cal.add(TimeZones.of(home, stamp));
            for (Entry entry : entries) {
                Event e = entry.event();
                if (!e.allDay() && zones.add(e.zone())) {
                    cal.add(TimeZones.of(e.zone(), stamp));
                }
                cal.add(vevent(e, stamp));
                for (Change c : entry.changes()) {
                    cal.add(changed(e, c, stamp));
                }
            }
            StringWriter out = new StringWriter();
            try {
                new CalendarOutputter(true).output(cal, out);
            } catch (Exception invalid) {
                throw new IllegalStateException("the calendar would not be valid iCalendar", invalid);
            }
            return out.toString();
        });
    }

    private static VEvent vevent(Event e, Instant stamp) {
        VEvent v = new VEvent(false);
        v.add(new Uid(e.uid() + "@agora"));
        v.add(new DtStamp(stamp));
        if (e.allDay()) {
            v.add(new DtStart<>(e.start().toLocalDate()));
            v.add(new DtEnd<>(e.end().toLocalDate()));
        } else {
            v.add(new DtStart<>(e.zonedStart()));
            v.add(new DtEnd<>(e.end().atZone(e.zone())));
        }
        v.add(new Summary(e.title()));
        if (!e.markdown().isBlank()) {
            v.add(new Description(e.markdown()));
        }
        if (!e.place().isEmpty()) {
            v.add(new Location(e.place()));
        }
        if (!e.link().isEmpty()) {
            v.add(new Url(URI.create(e.link())));
        }
        organizer(e, v);
        if (e.repeats()) {
            v.add(new RRule<>(e.rrule()));
            if (!e.exdates().isEmpty()) {
                if (e.allDay()) {
                    v.add(new ExDate<>(new DateList<>(e.exdates().stream().map(LocalDateTime::toLocalDate).toList())));
                } else {
                    ExDate<ZonedDateTime> ex = new ExDate<>(new DateList<>(e.exdates().stream()
                            .map(d -> d.atZone(e.zone())).toList()));
                    ex.add(new TzId(e.zone().getId())); // a zoned EXDATE names its zone, as DTSTART does
                    v.add(ex);
                }
            }
        }
        return v;
    }

    private static VEvent changed(Event e, Change c, Instant stamp) {
        VEvent v = new VEvent(false);
        v.add(new Uid(e.uid() + "@agora"));
        v.add(new DtStamp(stamp));
        v.add(new RecurrenceId<>(c.recurrenceId().atZone(e.zone())));
        v.add(new DtStart<>(c.start().atZone(e.zone())));
        v.add(new DtEnd<>(c.end().atZone(e.zone())));
        v.add(new Summary(c.title()));
        if (!c.place().isEmpty()) {
            v.add(new Location(c.place()));
        }
        organizer(e, v);
        return v;
    }

    private static void organizer(Event e, VEvent v) {
        if (e.organiserId() > 0 && !e.organiser().isEmpty()) {
            Organizer organizer = new Organizer(URI.create("urn:agora:person:" + e.organiserId()));
            organizer.add(new Cn(e.organiser()));
            v.add(organizer);
        }
    }

    /**
     * An event read from a file: the details a form would give, with the occurrences its series leaves out (EXDATE)
     * and those changed on their own (the file's VEVENTs of the same UID with a RECURRENCE-ID).
     *
     * @param valid   the event's details, or null
     * @param error   the message key of what is wrong, or null
     * @param exdates the starts of occurrences left out, in the event's zone
     * @param changes the occurrences changed on their own, as changes of an event without uid yet
     */
    record Imported(EventForm.Valid valid, String error, List<LocalDateTime> exdates, List<Change> changes) {

        Imported(EventForm.Valid valid, String error) {
            this(valid, error, List.of(), List.of());
        }

        /** @return the changes, as changes of the stored series */
        List<Change> changesOf(String uid) {
            return changes.stream().map(c -> new Change(0, 0, uid, c.recurrenceId(), c.title(), c.start(), c.end(),
                    c.place())).toList();
        }
    }

    /** @return the file's events, or empty if it is no iCalendar file; each either valid or with its problem */
    static java.util.Optional<List<Imported>> read(byte[] file, ZoneId defaultZone) {
        return inPluginLoader(() -> {
            Calendar cal;
            try {
                cal = new CalendarBuilder().build(new ByteArrayInputStream(file));
            } catch (Exception malformed) {
                return java.util.Optional.<List<Imported>>empty();
            }
            java.util.Map<String, List<VEvent>> changed = new java.util.HashMap<>();
            List<VEvent> series = new ArrayList<>();
            for (Component c : cal.getComponents(Component.VEVENT)) {
                VEvent v = (VEvent) c;
                if (v.getProperty("RECURRENCE-ID").isPresent()) {
                    changed.computeIfAbsent(uid(v), k -> new ArrayList<>()).add(v);
                } else {
                    series.add(v);
                }
            }
            List<Imported> out = new ArrayList<>();
            for (VEvent v : series) {
                out.add(imported(v, defaultZone, changed.remove(uid(v))));
            }
            // a changed occurrence whose series is not in the file cannot be placed
            changed.values().forEach(orphans -> out.add(new Imported(null, "calendar.error.importChanged")));
            return java.util.Optional.of(out);
        });
    }

    private static String uid(VEvent v) {
        return v.getProperty("UID").map(p -> p.getValue()).orElse("");
    }

    private static Imported imported(VEvent v, ZoneId defaultZone, List<VEvent> changed) {
        String title = v.getProperty("SUMMARY").map(p -> p.getValue().strip()).orElse("");
        if (title.isEmpty() || title.length() > EventForm.MAX_TITLE) {
            return new Imported(null, "calendar.error.title");
        }
        Object start = v.<DtStart<java.time.temporal.Temporal>>getProperty("DTSTART").map(d -> (Object) d.getDate()).orElse(null);
        if (start == null) {
            return new Imported(null, "calendar.error.start");
        }
        Object endProp = v.<DtEnd<java.time.temporal.Temporal>>getProperty("DTEND").map(d -> (Object) d.getDate()).orElse(null);
        boolean allDay = start instanceof java.time.LocalDate;
        ZoneId zone = start instanceof ZonedDateTime z ? lasting(z.getZone(), v, defaultZone) : defaultZone;
        LocalDateTime s = local(start, zone);
        LocalDateTime e = endProp == null ? (allDay ? s.plusDays(1) : s) : local(endProp, zone);
        if (s == null || e == null) {
            return new Imported(null, "calendar.error.start");
        }
        if (e.isBefore(s) || allDay && !e.isAfter(s)) {
            return new Imported(null, "calendar.error.endBeforeStart");
        }
        if (java.time.Duration.between(s, e).compareTo(EventForm.LONGEST) > 0) {
            return new Imported(null, "calendar.error.tooLong");
        }
        String rrule = v.getProperty("RRULE").map(p -> p.getValue()).orElse("");
        if (!rrule.isEmpty() && (!Recurrence.valid(rrule) || !Recurrence.ends(rrule))) {
            return new Imported(null, "calendar.error.neverEnds");
        }
        String description = v.getProperty("DESCRIPTION").map(d -> d.getValue()).orElse("");
        String place = v.getProperty("LOCATION").map(l -> l.getValue()).orElse("");
        if (description.length() > EventForm.MAX_TEXT || place.length() > EventForm.MAX_PLACE) {
            return new Imported(null, "calendar.error.importTooLong");
        }
        if (changed != null && rrule.isEmpty()) {
            return new Imported(null, "calendar.error.importChanged");
        }
        List<LocalDateTime> exdates = new ArrayList<>();
        for (var property : v.getProperties("EXDATE")) {
            for (Object date : ((ExDate<?>) property).getDates()) {
                LocalDateTime out = local(date, zone);
                if (out != null) {
                    exdates.add(out);
                }
            }
        }
        List<Change> changes = new ArrayList<>();
        for (VEvent c : changed == null ? List.<VEvent>of() : changed) {
            Object id = c.<RecurrenceId<java.time.temporal.Temporal>>getProperty("RECURRENCE-ID")
                    .map(r -> (Object) r.getDate()).orElse(null);
            Object cs = c.<DtStart<java.time.temporal.Temporal>>getProperty("DTSTART").map(d -> (Object) d.getDate()).orElse(null);
            Object ce = c.<DtEnd<java.time.temporal.Temporal>>getProperty("DTEND").map(d -> (Object) d.getDate()).orElse(null);
            LocalDateTime occurrence = local(id, zone);
            LocalDateTime changedStart = cs == null ? occurrence : local(cs, zone);
            if (occurrence == null || changedStart == null) {
                return new Imported(null, "calendar.error.importChanged");
            }
            LocalDateTime changedEnd = ce == null ? changedStart.plus(java.time.Duration.between(s, e)) : local(ce, zone);
            if (changedEnd == null || changedEnd.isBefore(changedStart)) {
                return new Imported(null, "calendar.error.endBeforeStart");
            }
            String changedTitle = c.getProperty("SUMMARY").map(p -> p.getValue().strip()).filter(t -> !t.isEmpty())
                    .orElse(title);
            if (changedTitle.length() > EventForm.MAX_TITLE) {
                return new Imported(null, "calendar.error.title");
            }
            String changedPlace = c.getProperty("LOCATION").map(l -> l.getValue()).orElse(place);
            changes.add(new Change(0, 0, "", occurrence, changedTitle, changedStart, changedEnd, changedPlace));
        }
        return new Imported(new EventForm.Valid(title, description, s, e, zone, allDay, place, "", 0, rrule), null,
                List.copyOf(exdates), List.copyOf(changes));
    }

    /**
     * The zone an imported event keeps. A zone that the file describes (VTIMEZONE, as Outlook and Google write them)
     * comes out of ical4j under an id of its own, valid only while the parsed file is in memory: an event stored with
     * it could not be read after the next garbage collection or restart. The event keeps the region the file names
     * when Java knows it (Europe/Paris), else the reader's zone; its times are converted at the same instants.
     */
    private static ZoneId lasting(ZoneId parsed, VEvent v, ZoneId fallback) {
        if (parsed instanceof java.time.ZoneOffset || javaRegion(parsed.getId())) {
            return parsed;
        }
        return v.getProperty("DTSTART").flatMap(p -> p.<TzId>getParameter("TZID")).map(TzId::getValue)
                .filter(ICalendar::javaRegion).map(ZoneId::of).orElse(fallback);
    }

    /** @return true for a region of the Java runtime's time zone database, not one that ical4j registered */
    private static boolean javaRegion(String id) {
        return !id.startsWith("ical4j~") && ZoneId.getAvailableZoneIds().contains(id);
    }

    private static LocalDateTime local(Object t, ZoneId zone) {
        if (t instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(zone).toLocalDateTime();
        }
        if (t instanceof java.time.OffsetDateTime o) {
            return o.atZoneSameInstant(zone).toLocalDateTime();
        }
        if (t instanceof Instant i) {
            return i.atZone(zone).toLocalDateTime();
        }
        if (t instanceof LocalDateTime l) {
            return l;
        }
        if (t instanceof java.time.LocalDate d) {
            return d.atStartOfDay();
        }
        return null;
    }

    /** ical4j finds its factories through the thread's class loader: the plugin's, around each call. */
    private static <T> T inPluginLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(ICalendar.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
