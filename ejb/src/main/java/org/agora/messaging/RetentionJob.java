package org.agora.messaging;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Applies the messages' retention period every few minutes; with none set, it does nothing. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @EJB
    MessageRetention retention;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void everyFewMinutes() {
        try {
            retention.purge(Instant.now());
        } catch (RuntimeException e) {
            // the next run tries again; what was deleted so far stays deleted
            LOG.log(Level.WARNING, "The messages' retention period could not be applied", e);
        }
    }
}
