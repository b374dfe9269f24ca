package org.agora.web.views;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.agora.web.i18n.BundleMessages;

/**
 * The one place that words a moment for a reader: in their language and their time zone, "5 min ago" when recent,
 * else day and time. A value, so that plugin templates rendered on the host's plugin threads get it too.
 */
public final class ReaderDates {

    private final Locale locale;
    private final ZoneId zone;
    private final Clock clock;
    /** The formatters made so far: a page words each of its dates with the same one or two patterns. */
    private final Map<String, DateTimeFormatter> patterns = new ConcurrentHashMap<>();

    public ReaderDates(Locale locale, ZoneId zone, Clock clock) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.zone = zone;
        this.clock = clock;
    }

    /** @return the zone dates are shown in */
    public ZoneId zone() {
        return zone;
    }

    /** @return how long ago, when recent; else day and time in the reader's zone */
    public String format(Instant when) {
        if (when == null) {
            return "";
        }
        Duration age = Duration.between(when, clock.instant());
        if (age.isNegative() || age.toSeconds() < 60) {
            return BundleMessages.get(locale, "date.now");
        }
        if (age.toMinutes() < 60) {
            return BundleMessages.get(locale, "date.minutes", age.toMinutes());
        }
        if (age.toHours() < 24) {
            return BundleMessages.get(locale, "date.hours", age.toHours());
        }
        return day(when);
    }

    /** @return day and time in the reader's zone, however recent */
    public String day(Instant when) {
        return when == null ? "" : pattern("date.pattern").format(when);
    }

    /** @return day and time to the second, for a moment to come such as a plugin's next try */
    public String exact(Instant when) {
        return when == null ? "" : pattern("date.exactPattern").format(when);
    }

    private DateTimeFormatter pattern(String key) {
        return patterns.computeIfAbsent(key,
                k -> DateTimeFormatter.ofPattern(BundleMessages.get(locale, k), locale).withZone(zone));
    }
}
