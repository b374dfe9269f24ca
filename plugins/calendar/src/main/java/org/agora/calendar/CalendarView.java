package org.agora.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The days of a month, a week or an agenda, with the occurrences of each day in the company's zone.
 *
 * @param mode  {@code month}, {@code week} or {@code agenda}
 * @param title the period, such as "December 2026"
 * @param days  the days shown: every day of the grid, or the agenda's days that have events
 * @param weeks the month grid's rows of seven days (empty for the other modes)
 * @param prev  the date to go to for the period before
 * @param next  the date to go to for the period after
 */
public record CalendarView(String mode, String title, List<Day> days, List<List<Day>> weeks, LocalDate prev,
                           LocalDate next) {

    /** How many days the agenda shows. */
    static final int AGENDA_DAYS = 60;

    /**
     * One day.
     *
     * @param date     the day
     * @param label    its name as shown, such as "Tue 8 Dec"
     * @param inPeriod false for the days of the grid outside the month
     * @param today    true for today
     * @param entries  its occurrences by start
     */
    public record Day(LocalDate date, String label, boolean inPeriod, boolean today, List<Entry> entries) {
    }

    /**
     * One occurrence on a day.
     *
     * @param time   its start time, or empty for an all-day event or a day it continues
     * @param title  its title
     * @param href   its address below the plugin's prefix
     * @param place  where, or empty
     * @param kind   the calendar it is in: company, space or person
     */
    public record Entry(String time, String title, String href, String place, String kind) {
    }

    /** @return the period that holds {@code anchor}: its first day and the day after its last */
    static LocalDate[] period(String mode, LocalDate anchor, LocalDate today) {
        return switch (mode) {
            case "month" -> {
                LocalDate first = anchor.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                LocalDate last = anchor.with(TemporalAdjusters.lastDayOfMonth())
                        .with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
                yield new LocalDate[] {first, last.plusDays(1)};
            }
            case "week" -> {
                LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new LocalDate[] {monday, monday.plusDays(7)};
            }
            default -> new LocalDate[] {anchor, anchor.plusDays(AGENDA_DAYS)};
        };
    }

    /** Lays the occurrences of the period out by day. */
    static CalendarView of(String mode, LocalDate anchor, LocalDate today, List<Occurrence> occurrences, ZoneId zone,
                           Locale locale) {
        LocalDate[] p = period(mode, anchor, today);
        DateTimeFormatter dayName = DateTimeFormatter.ofPattern("EEE d MMM", locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        List<Day> days = new ArrayList<>();
        for (LocalDate d = p[0]; d.isBefore(p[1]); d = d.plusDays(1)) {
            Instant dayStart = d.atStartOfDay(zone).toInstant();
            Instant dayEnd = d.plusDays(1).atStartOfDay(zone).toInstant();
            List<Entry> entries = new ArrayList<>();
            for (Occurrence o : occurrences) {
                Instant s = o.start().toInstant();
                Instant e = o.end().toInstant();
                boolean on = s.isBefore(dayEnd) && (e.isAfter(dayStart) || !s.isBefore(dayStart));
                if (on) {
                    ZonedDateTime local = o.start().withZoneSameInstant(zone);
                    boolean startsToday = !s.isBefore(dayStart);
                    entries.add(new Entry(o.event().allDay() || !startsToday ? "" : time.format(local), o.title(),
                            Paths.occurrence(o), o.place(), o.event().calendar().key()));
                }
            }
            boolean inPeriod = !"month".equals(mode) || d.getMonth() == anchor.getMonth();
            if (!"agenda".equals(mode) || !entries.isEmpty()) {
                days.add(new Day(d, dayName.format(d), inPeriod, d.equals(today), entries));
            }
        }
        List<List<Day>> weeks = new ArrayList<>();
        if ("month".equals(mode)) {
            for (int i = 0; i < days.size(); i += 7) {
                weeks.add(days.subList(i, Math.min(days.size(), i + 7)));
            }
        }
        String title = switch (mode) {
            case "month" -> DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(anchor);
            case "week" -> dayName.format(p[0]) + " – " + dayName.format(p[1].minusDays(1));
            default -> dayName.format(p[0]) + " – " + dayName.format(p[1].minusDays(1));
        };
        LocalDate prev = switch (mode) {
            case "month" -> anchor.withDayOfMonth(1).minusMonths(1);
            case "week" -> p[0].minusDays(7);
            default -> anchor.minusDays(AGENDA_DAYS);
        };
        LocalDate next = switch (mode) {
            case "month" -> anchor.withDayOfMonth(1).plusMonths(1);
            default -> p[1];
        };
        return new CalendarView(mode, title, days, weeks, prev, next);
    }
}
