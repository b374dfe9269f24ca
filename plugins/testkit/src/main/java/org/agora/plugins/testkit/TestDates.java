package org.agora.plugins.testkit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The test host's {@code dates} template variable: the host words moments in the reader's language and time zone;
 * the test kit in UTC, with the day and time to the minute ({@code 6 Dec 2026, 07:05}), so tests can read them.
 */
public final class TestDates {

    private final DateTimeFormatter day;
    private final DateTimeFormatter exact;

    TestDates(Locale locale) {
        day = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale).withZone(ZoneOffset.UTC);
        exact = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", locale).withZone(ZoneOffset.UTC);
    }

    /** @return the day and time, where the host says "5 min ago" for a recent moment */
    public String format(Instant when) {
        return day(when);
    }

    /** @return the day and time */
    public String day(Instant when) {
        return when == null ? "" : day.format(when);
    }

    /** @return the day and time to the second */
    public String exact(Instant when) {
        return when == null ? "" : exact.format(when);
    }
}
