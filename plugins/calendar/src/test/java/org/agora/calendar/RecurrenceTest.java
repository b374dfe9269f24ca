package org.agora.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Repeating events expanded with ical4j, across daylight-saving changes in Paris. */
class RecurrenceTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static Event event(LocalDateTime start, int minutes, String rrule, List<LocalDateTime> exdates) {
        return new Event(1, 1, "abcdefgh12345678", CalendarKind.SPACE, 7, 1, "Ada", "Stand-up", "", start,
                start.plusMinutes(minutes), PARIS, false, "", "", 0, rrule, exdates, 5);
    }

    static List<String> starts(Event e, List<Change> changes, String from, String to) {
        return Recurrence.between(e, changes, Instant.parse(from), Instant.parse(to)).stream()
                .map(o -> o.start().toOffsetDateTime().toString()).toList();
    }

    @Test
    void aWeeklyMeetingStaysAtNineLocalTimeWhenTheClocksGoForward() {
        // clocks go forward in Paris on Sunday 29 March 2026: 9:00 is 08:00 UTC before, 07:00 UTC after
        String rule = Recurrence.rule(Recurrence.Frequency.WEEKLY, 1, Set.of(DayOfWeek.MONDAY), null, 4,
                LocalDateTime.of(2026, 3, 16, 9, 0), PARIS);
        assertThat(rule).isEqualTo("FREQ=WEEKLY;BYDAY=MO;COUNT=4");
        Event e = event(LocalDateTime.of(2026, 3, 16, 9, 0), 30, rule, List.of());
        assertThat(starts(e, List.of(), "2026-03-01T00:00:00Z", "2026-05-01T00:00:00Z"))
                .containsExactly("2026-03-16T09:00+01:00", "2026-03-23T09:00+01:00", "2026-03-30T09:00+02:00",
                        "2026-04-06T09:00+02:00");
    }

    @Test
    void aDailyEventAcrossTheAutumnChangeKeepsItsWallClockTimeAndLength() {
        // clocks go back in Paris on Sunday 25 October 2026
        String rule = Recurrence.rule(Recurrence.Frequency.DAILY, 1, Set.of(), LocalDate.of(2026, 10, 26), 0,
                LocalDateTime.of(2026, 10, 24, 8, 30), PARIS);
        Event e = event(LocalDateTime.of(2026, 10, 24, 8, 30), 60, rule, List.of());
        List<Occurrence> all = Recurrence.between(e, List.of(), Instant.parse("2026-10-01T00:00:00Z"),
                Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(all).extracting(o -> o.start().toOffsetDateTime().toString())
                .containsExactly("2026-10-24T08:30+02:00", "2026-10-25T08:30+01:00", "2026-10-26T08:30+01:00");
        assertThat(all).allSatisfy(o -> assertThat(java.time.Duration.between(o.start(), o.end())).hasMinutes(60));
    }

    @Test
    void weeklyOnSeveralDaysInTheDaylightSavingWeek() {
        String rule = Recurrence.rule(Recurrence.Frequency.WEEKLY, 1, Set.of(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                LocalDate.of(2026, 4, 3), 0, LocalDateTime.of(2026, 3, 23, 10, 0), PARIS);
        assertThat(rule).startsWith("FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20260403T215959Z");
        Event e = event(LocalDateTime.of(2026, 3, 23, 10, 0), 15, rule, List.of());
        assertThat(starts(e, List.of(), "2026-03-01T00:00:00Z", "2026-06-01T00:00:00Z")).containsExactly(
                "2026-03-23T10:00+01:00", "2026-03-25T10:00+01:00", "2026-03-27T10:00+01:00",
                "2026-03-30T10:00+02:00", "2026-04-01T10:00+02:00", "2026-04-03T10:00+02:00");
    }

    @Test
    void monthlyOnTheSecondTuesdayAndOnTheSameDate() {
        LocalDateTime start = LocalDateTime.of(2026, 1, 13, 14, 0); // the second Tuesday of January
        String second = Recurrence.rule(Recurrence.Frequency.MONTHLY_WEEKDAY, 1, Set.of(), null, 4, start, PARIS);
        assertThat(second).isEqualTo("FREQ=MONTHLY;BYDAY=2TU;COUNT=4");
        assertThat(starts(event(start, 60, second, List.of()), List.of(), "2026-01-01T00:00:00Z",
                "2026-12-31T00:00:00Z")).containsExactly("2026-01-13T14:00+01:00", "2026-02-10T14:00+01:00",
                "2026-03-10T14:00+01:00", "2026-04-14T14:00+02:00");
        String sameDate = Recurrence.rule(Recurrence.Frequency.MONTHLY, 2, Set.of(), null, 3, start, PARIS);
        assertThat(starts(event(start, 60, sameDate, List.of()), List.of(), "2026-01-01T00:00:00Z",
                "2026-12-31T00:00:00Z")).containsExactly("2026-01-13T14:00+01:00", "2026-03-13T14:00+01:00",
                "2026-05-13T14:00+02:00");
        assertThat(Recurrence.weekOfMonth(LocalDate.of(2026, 3, 31))).isEqualTo("-1");
    }

    @Test
    void yearlyWithACount() {
        LocalDateTime start = LocalDateTime.of(2026, 6, 21, 18, 0);
        String rule = Recurrence.rule(Recurrence.Frequency.YEARLY, 1, Set.of(), null, 3, start, PARIS);
        assertThat(starts(event(start, 120, rule, List.of()), List.of(), "2026-01-01T00:00:00Z",
                "2035-01-01T00:00:00Z")).containsExactly("2026-06-21T18:00+02:00", "2027-06-21T18:00+02:00",
                "2028-06-21T18:00+02:00");
    }

    @Test
    void aTakenOutDateIsLeftOutAndAChangedOccurrenceReplacesItsOwn() {
        LocalDateTime start = LocalDateTime.of(2026, 3, 23, 9, 0);
        Event e = event(start, 30, "FREQ=WEEKLY;BYDAY=MO;COUNT=3", List.of(LocalDateTime.of(2026, 3, 30, 9, 0)));
        Change moved = new Change(1, 1, e.uid(), LocalDateTime.of(2026, 4, 6, 9, 0), "Stand-up (moved)",
                LocalDateTime.of(2026, 4, 7, 11, 0), LocalDateTime.of(2026, 4, 7, 11, 30), "Room B");
        List<Occurrence> all = Recurrence.between(e, List.of(moved), Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-05-01T00:00:00Z"));
        assertThat(all).extracting(o -> o.start().toOffsetDateTime().toString())
                .containsExactly("2026-03-23T09:00+01:00", "2026-04-07T11:00+02:00");
        assertThat(all.get(1).title()).isEqualTo("Stand-up (moved)");
        assertThat(all.get(1).changed()).isTrue();
        assertThat(all.get(1).recurrenceId()).isEqualTo(LocalDateTime.of(2026, 4, 6, 9, 0));
        assertThat(Recurrence.occurrence(e, List.of(moved), LocalDateTime.of(2026, 4, 6, 9, 0))).isPresent();
        assertThat(Recurrence.occurrence(e, List.of(moved), LocalDateTime.of(2026, 3, 30, 9, 0))).isEmpty();
    }

    @Test
    void aSingleEventOverlapsThePeriodsItRunsInto() {
        Event e = event(LocalDateTime.of(2026, 5, 31, 23, 0), 120, "", List.of());
        assertThat(starts(e, List.of(), "2026-05-31T22:00:00Z", "2026-06-30T00:00:00Z")).hasSize(1);
        assertThat(starts(e, List.of(), "2026-06-02T00:00:00Z", "2026-06-30T00:00:00Z")).isEmpty();
    }

    @Test
    void rulesWithoutAnEndAreRecognised() {
        assertThat(Recurrence.ends("FREQ=WEEKLY;COUNT=3")).isTrue();
        assertThat(Recurrence.ends("FREQ=WEEKLY;UNTIL=20261231T000000Z")).isTrue();
        assertThat(Recurrence.ends("FREQ=WEEKLY")).isFalse();
        assertThat(Recurrence.valid("FREQ=SOMETIMES")).isFalse();
    }
}
