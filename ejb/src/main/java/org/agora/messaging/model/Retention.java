package org.agora.messaging.model;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.agora.validation.InvalidInputException;

/**
 * How long messages are kept before they and their files are deleted: forever unless an administrator chose a
 * period, in days, hours or minutes.
 *
 * @param amount how many units, 0 to keep messages forever
 * @param unit   days, hours or minutes
 */
public record Retention(int amount, ChronoUnit unit) {

    /** The longest period that can be chosen, in days: ten years. */
    public static final int MAX_DAYS = 3660;

    private static final Retention FOREVER = new Retention(0, ChronoUnit.DAYS);

    public Retention {
        if (unit != ChronoUnit.DAYS && unit != ChronoUnit.HOURS && unit != ChronoUnit.MINUTES) {
            throw new IllegalArgumentException("days, hours or minutes: " + unit);
        }
        if (amount < 0 || Duration.of(amount, unit).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
            throw new InvalidInputException("retention", "error.retention.amount", MAX_DAYS);
        }
    }

    /** @return messages are kept forever, as by default */
    public static Retention forever() {
        return FOREVER;
    }

    /**
     * @param amount what the administrator typed; empty or 0 for forever
     * @param unit   {@code DAYS}, {@code HOURS} or {@code MINUTES}
     * @throws InvalidInputException if the amount is not a whole number from 0 to ten years, or the unit unknown
     */
    public static Retention parse(String amount, String unit) {
        String a = amount == null ? "" : amount.strip();
        if (a.isEmpty()) {
            return FOREVER;
        }
        if (!a.matches("[0-9]{1,7}")) {
            throw new InvalidInputException("retention", "error.retention.amount", MAX_DAYS);
        }
        ChronoUnit u;
        try {
            u = ChronoUnit.valueOf(unit == null ? "" : unit.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("retention", "error.retention.unit");
        }
        if (u != ChronoUnit.DAYS && u != ChronoUnit.HOURS && u != ChronoUnit.MINUTES) {
            throw new InvalidInputException("retention", "error.retention.unit");
        }
        int n = Integer.parseInt(a);
        return n == 0 ? FOREVER : new Retention(n, u);
    }

    /** @return true if messages are kept forever */
    public boolean isForever() {
        return amount == 0;
    }

    /** @return the instant before which messages are deleted at {@code now}, unless they are kept forever */
    public Optional<Instant> cutoff(Instant now) {
        return isForever() ? Optional.empty() : Optional.of(now.minus(amount, unit));
    }

    /** @return how it is stored: {@code 30 DAYS} */
    public String stored() {
        return amount + " " + unit.name();
    }

    /** @return the retention stored by {@link #stored()}, or forever for a value not understood */
    public static Retention ofStored(String value) {
        String[] parts = value == null ? new String[0] : value.split(" ");
        try {
            return parts.length == 2 ? parse(parts[0], parts[1]) : FOREVER;
        } catch (InvalidInputException e) {
            return FOREVER;
        }
    }
}
