package org.agora.web.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReaderDatesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T07:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Instant LAST_WEEK = Instant.parse("2026-11-30T23:30:00Z");

    @Test
    void theSameMomentReadsInEachReadersZone() {
        assertThat(new ReaderDates(Locale.ENGLISH, ZoneId.of("Asia/Tokyo"), CLOCK).format(LAST_WEEK))
                .isEqualTo("1 Dec 2026, 08:30");
        assertThat(new ReaderDates(Locale.ENGLISH, ZoneId.of("America/New_York"), CLOCK).format(LAST_WEEK))
                .isEqualTo("30 Nov 2026, 18:30");
    }

    @Test
    void recentMomentsReadAsHowLongAgoButTheirDayIsInTheZone() {
        ReaderDates paris = new ReaderDates(Locale.FRENCH, ZoneId.of("Europe/Paris"), CLOCK);
        assertThat(paris.format(NOW.minusSeconds(300))).isEqualTo("il y a 5 min");
        assertThat(paris.day(NOW.minusSeconds(300))).isEqualTo("6 déc. 2026 à 07:55");
        assertThat(paris.exact(NOW)).isEqualTo("6 déc. 2026 à 08:00:00");
    }
}
