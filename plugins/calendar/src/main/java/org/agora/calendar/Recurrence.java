package org.agora.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Recur;

/**
 * Repeating events, with ical4j: the rule a form's choices make ({@code FREQ=MONTHLY;BYDAY=2TU;COUNT=6}) and the
 * occurrences of an event between two instants. Rules run on the event's wall-clock time in its own zone, so a
 * 9:00 meeting in Paris stays at 9:00 local time when the clocks change; taken-out dates (EXDATE) are left out and
 * occurrences changed on their own (RECURRENCE-ID) replace the ones they change.
 */
final class Recurrence {

    /** How an event repeats, as the form offers it. */
    enum Frequency {
        NONE, DAILY, WEEKLY, MONTHLY, MONTHLY_WEEKDAY, YEARLY;

        static Frequency of(String value) {
            try {
                return value == null || value.isBlank() ? NONE : valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return NONE;
            }
        }
    }

    static final int MAX_COUNT = 500;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    private Recurrence() {
    }

    /**
     * @param frequency how often
     * @param interval  every how many periods, 1 or more
     * @param days      for weekly events, the days of the week (none: the start's day)
     * @param until     the last day it may happen on, or null
     * @param count     how many times it happens, or 0
     * @param start     the first start, in {@code zone}
     * @param zone      the event's zone, in which {@code until} ends at midnight
     * @return the rule, or empty for {@link Frequency#NONE}
     */
    static String rule(Frequency frequency, int interval, Set<DayOfWeek> days, LocalDate until, int count,
                       LocalDateTime start, java.time.ZoneId zone) {
        if (frequency == Frequency.NONE) {
            return "";
        }
        StringBuilder r = new StringBuilder("FREQ=");
        r.append(switch (frequency) {
            case DAILY -> "DAILY";
            case WEEKLY -> "WEEKLY";
            case MONTHLY, MONTHLY_WEEKDAY -> "MONTHLY";
            default -> "YEARLY";
        });
        if (interval > 1) {
            r.append(";INTERVAL=").append(interval);
        }
        if (frequency == Frequency.WEEKLY) {
            Set<DayOfWeek> on = new HashSet<>(days);
            on.add(start.getDayOfWeek());
            r.append(";BYDAY=").append(on.stream().sorted().map(d -> DAYS[d.ordinal()])
                    .collect(Collectors.joining(",")));
        } else if (frequency == Frequency.MONTHLY_WEEKDAY) {
            r.append(";BYDAY=").append(weekOfMonth(start.toLocalDate())).append(DAYS[start.getDayOfWeek().ordinal()]);
        }
        if (count > 0) {
            r.append(";COUNT=").append(count);
        } else if (until != null) {
            // UNTIL is in UTC for a rule of zoned times: the end of the last day, in the event's zone
            r.append(";UNTIL=").append(UTC.format(until.plusDays(1).atStartOfDay(zone).minusSeconds(1)
                    .withZoneSameInstant(ZoneOffset.UTC)));
        }
        return r.toString();
    }

    /** @return "2" for the second Tuesday of a month, "-1" for the last one when it is the fifth */
    static String weekOfMonth(LocalDate day) {
        int nth = (day.getDayOfMonth() - 1) / 7 + 1;
        return nth == 5 ? "-1" : String.valueOf(nth);
    }

    /** @return true if ical4j reads the rule */
    static boolean valid(String rrule) {
        try {
            new Recur<ZonedDateTime>(rrule);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** @return true if the rule ends, by a count or a last day */
    static boolean ends(String rrule) {
        Recur<ZonedDateTime> recur = new Recur<>(rrule);
        return recur.getCount() > 0 || recur.getUntil() != null;
    }

    /**
     * @param event   a single event or a series
     * @param changes the occurrences of the series changed on their own
     * @param from    the start of the period shown
     * @param to      the end of the period shown (excluded)
     * @return the occurrences that overlap the period, by start
     */
    static List<Occurrence> between(Event event, Collection<Change> changes, Instant from, Instant to) {
        if (!event.repeats()) {
            Occurrence one = new Occurrence(event, event.start(), event.zonedStart(), event.end().atZone(event.zone()),
                    event.title(), event.place(), false);
            return overlaps(one, from, to) ? List.of(one) : List.of();
        }
        Map<LocalDateTime, Change> byId = changes.stream()
                .collect(Collectors.toMap(Change::recurrenceId, Function.identity(), (a, b) -> b));
        Set<LocalDateTime> removed = new HashSet<>(event.exdates());
        ZonedDateTime seed = event.zonedStart();
        // an occurrence that starts before the period may still run into it; a moved one may come from further away
        long margin = Math.max(event.duration().toDays(), 0) + 32;
        ZonedDateTime periodStart = from.atZone(event.zone()).minusDays(margin);
        ZonedDateTime periodEnd = to.atZone(event.zone()).plusDays(32);
        Recur<ZonedDateTime> recur = new Recur<>(event.rrule());
        Set<ZonedDateTime> starts = new java.util.TreeSet<>(recur.getDates(seed, periodStart, periodEnd));
        if (!seed.isBefore(periodStart) && seed.isBefore(periodEnd)) {
            starts.add(seed); // DTSTART is always the first occurrence
        }
        List<Occurrence> out = new ArrayList<>();
        for (ZonedDateTime s : starts) {
            LocalDateTime id = s.withZoneSameInstant(event.zone()).toLocalDateTime();
            if (removed.contains(id)) {
                continue;
            }
            Change c = byId.get(id);
            Occurrence o = c == null
                    ? new Occurrence(event, id, id.atZone(event.zone()), id.plus(event.duration()).atZone(event.zone()),
                    event.title(), event.place(), false)
                    : new Occurrence(event, id, c.start().atZone(event.zone()), c.end().atZone(event.zone()),
                    c.title(), c.place(), true);
            if (overlaps(o, from, to)) {
                out.add(o);
            }
        }
        out.sort(Comparator.comparing(o -> o.start().toInstant()));
        return out;
    }

    /** @return the occurrence of a series with this recurrence id, if the rule gives it and it was not removed */
    static java.util.Optional<Occurrence> occurrence(Event event, Collection<Change> changes, LocalDateTime id) {
        Instant at = id.atZone(event.zone()).toInstant();
        return between(event, changes, at.minusSeconds(1), at.plus(event.duration()).plusSeconds(1)).stream()
                .filter(o -> o.recurrenceId().equals(id)).findFirst()
                .or(() -> changes.stream().filter(c -> c.recurrenceId().equals(id)).findFirst()
                        .flatMap(c -> between(event, changes, c.start().atZone(event.zone()).toInstant().minusSeconds(1),
                                c.end().atZone(event.zone()).toInstant().plusSeconds(1)).stream()
                                .filter(o -> o.recurrenceId().equals(id)).findFirst()));
    }

    private static boolean overlaps(Occurrence o, Instant from, Instant to) {
        Instant s = o.start().toInstant();
        Instant e = o.end().toInstant();
        return s.isBefore(to) && (e.isAfter(from) || s.equals(from) || (e.equals(s) && !s.isBefore(from)));
    }
}
