package org.agora.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Counts the changes to people made on this server ({@link PersonChanged}: added, imported, edited, deactivated,
 * erased), so that what is read of the whole company for every reader is read again after one of them
 * ({@link #kept}).
 */
@ApplicationScoped
public class PeopleChanges {

    private final AtomicLong seen = new AtomicLong();

    void count(@Observes(during = TransactionPhase.AFTER_COMPLETION) PersonChanged changed) {
        seen.incrementAndGet();
    }

    /**
     * @param reading reads the value from the database; called again after a person changes on this server, and at
     *                the latest after {@link KeptReading#KEPT}, for changes made on another server
     * @return the value, read when first asked for
     */
    public <T> KeptReading<T> kept(Supplier<T> reading) {
        return new KeptReading<>(reading, seen, Instant::now);
    }
}
