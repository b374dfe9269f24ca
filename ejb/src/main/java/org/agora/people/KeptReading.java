package org.agora.people;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A value read of the whole company and kept for every reader (the directory's departments, the people a mention may
 * name), read again once the people changed on this server or {@link #KEPT} has passed. A reading that a change
 * overtook is read again at the next call, even if it ended after the change.
 *
 * @param <T> what is read
 */
public final class KeptReading<T> {

    /** How long a value is kept: changes made on another server show after at most this. */
    public static final Duration KEPT = Duration.ofSeconds(30);

    private record Read<T>(T value, Instant at, long changes) {
    }

    private final Supplier<T> reading;
    private final AtomicLong changes;
    private final Supplier<Instant> now;
    private volatile Read<T> last;

    /**
     * @param changes counts the changes to people on this server; each one makes the value stale
     * @param now     the clock
     */
    KeptReading(Supplier<T> reading, AtomicLong changes, Supplier<Instant> now) {
        this.reading = reading;
        this.changes = changes;
        this.now = now;
    }

    /** @return the value, read again if a person changed since it was read or it is older than {@link #KEPT} */
    public T get() {
        Read<T> known = last;
        if (known == null || known.changes() != changes.get() || !known.at().plus(KEPT).isAfter(now.get())) {
            long before = changes.get();
            Instant at = now.get();
            known = new Read<>(reading.get(), at, before);
            last = known;
        }
        return known.value();
    }
}
