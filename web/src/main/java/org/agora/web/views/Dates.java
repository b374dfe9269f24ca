package org.agora.web.views;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mvc.MvcContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.agora.web.i18n.BundleMessages;

/**
 * Dates as views show them ({@code dates} in templates), in the reader's language: "5 min ago" when recent, else
 * day and time.
 */
@Named("dates")
@ApplicationScoped
public class Dates {

    @Inject
    MvcContext mvc;

    public String format(Instant when) {
        if (when == null) {
            return "";
        }
        Locale locale = mvc.getLocale();
        Duration age = Duration.between(when, Instant.now());
        if (age.isNegative() || age.toSeconds() < 60) {
            return BundleMessages.get(locale, "date.now");
        }
        if (age.toMinutes() < 60) {
            return BundleMessages.get(locale, "date.minutes", age.toMinutes());
        }
        if (age.toHours() < 24) {
            return BundleMessages.get(locale, "date.hours", age.toHours());
        }
        return DateTimeFormatter.ofPattern(BundleMessages.get(locale, "date.pattern"), locale)
                .withZone(ZoneId.systemDefault()).format(when);
    }

    /** @return day and time to the second, for a moment to come such as a plugin's next try */
    public String exact(Instant when) {
        if (when == null) {
            return "";
        }
        Locale locale = mvc.getLocale();
        return DateTimeFormatter.ofPattern(BundleMessages.get(locale, "date.exactPattern"), locale)
                .withZone(ZoneId.systemDefault()).format(when);
    }
}
