package org.agora.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

/** The VTIMEZONEs written from the JDK's rules give the same offsets as the JDK, read back by ical4j. */
class TimeZonesTest {

    private static final List<String> ZONES = List.of("Europe/Paris", "America/New_York", "Australia/Sydney",
            "Asia/Tokyo", "America/Sao_Paulo", "Asia/Kolkata");

    /** Noon UTC the day before and after each change in Paris, New York and Sydney in 2026, and quiet days. */
    private static final List<String> DAYS = List.of("2026-01-15", "2026-03-07", "2026-03-09", "2026-03-28",
            "2026-03-30", "2026-04-04", "2026-04-06", "2026-07-01", "2026-10-03", "2026-10-05", "2026-10-24",
            "2026-10-26", "2026-10-31", "2026-11-02", "2030-12-31");

    @Test
    void offsetsMatchTheJdkOnTheDaysAroundEachChangeOfTheClocks() {
        for (String id : ZONES) {
            TimeZone tz = new TimeZone(TimeZones.of(ZoneId.of(id), Instant.parse("2026-01-01T00:00:00Z")));
            for (String day : DAYS) {
                Instant noon = Instant.parse(day + "T12:00:00Z");
                assertThat(tz.getOffset(noon.toEpochMilli()) / 1000).as(id + " on " + day)
                        .isEqualTo(ZoneId.of(id).getRules().getOffset(noon).getTotalSeconds());
            }
        }
    }

    @Test
    void offsetsMatchIcal4jsOwnTimeZoneDatabaseHourByHour() {
        var registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        for (String id : ZONES) {
            TimeZone mine = new TimeZone(TimeZones.of(ZoneId.of(id), Instant.parse("2026-01-01T00:00:00Z")));
            TimeZone reference = registry.getTimeZone(id);
            for (Instant at = Instant.parse("2026-01-01T00:00:00Z"); at.isBefore(Instant.parse("2027-01-01T00:00:00Z"));
                 at = at.plusSeconds(3600)) {
                assertThat(mine.getOffset(at.toEpochMilli())).as(id + " at " + at)
                        .isEqualTo(reference.getOffset(at.toEpochMilli()));
            }
        }
    }

    @Test
    void parisChangesOnTheLastSundaysOfMarchAndOctober() {
        VTimeZone paris = TimeZones.of(ZoneId.of("Europe/Paris"), Instant.now());
        assertThat(paris.toString()).contains("TZID:Europe/Paris")
                .contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=25,26,27,28,29,30,31;BYDAY=SU")
                .contains("TZOFFSETFROM:+0100").contains("TZOFFSETTO:+0200");
    }
}
