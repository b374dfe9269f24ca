package org.agora.web.views;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as views show them ({@code dates} in templates): "5 min ago" when recent, else day and time. */
@Named("dates")
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    public String format(Instant when) {
        if (when == null) {
            return "";
        }
        Duration age = Duration.between(when, Instant.now());
        if (age.isNegative() || age.toSeconds() < 60) {
            return "just now";
        }
        if (age.toMinutes() < 60) {
            return age.toMinutes() + " min ago";
        }
        if (age.toHours() < 24) {
            return age.toHours() + " h ago";
        }
        return DAY_TIME.format(when);
    }
}
