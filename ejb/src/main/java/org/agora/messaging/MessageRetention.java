package org.agora.messaging;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.agora.messaging.model.Retention;
import org.agora.settings.SettingsService;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;

/**
 * The company's retention period for messages, chosen by an administrator (none by default), and the deletion of
 * the messages older than it, with their files, reactions and search entries, a batch per transaction.
 */
@Stateless
public class MessageRetention {

    static final String SETTING = "chat.retention";
    private static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(MessageRetention.class.getName());

    @EJB
    SettingsService settings;

    @EJB
    MessageErasure erasure;

    /** @return how long messages are kept now */
    public Retention current() {
        return Retention.ofStored(settings.value(SETTING));
    }

    /**
     * @param amount how many units, empty or 0 to keep messages forever
     * @param unit   {@code DAYS}, {@code HOURS} or {@code MINUTES}
     * @throws InvalidInputException if the period is not understood
     * @throws AccessDeniedException unless an administrator asks
     */
    public Retention set(long adminId, String amount, String unit) {
        Retention retention = Retention.parse(amount, unit);
        settings.change(adminId, SETTING, retention.stored());
        return retention;
    }

    /**
     * Deletes the messages older than the retention period at {@code now}, if there is one.
     *
     * @return how many were deleted
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int purge(Instant now) {
        Optional<Instant> cutoff = current().cutoff(now);
        if (cutoff.isEmpty()) {
            return 0;
        }
        int total = 0;
        int deleted;
        do {
            deleted = erasure.expire(cutoff.get(), BATCH);
            total += deleted;
        } while (deleted == BATCH);
        if (total > 0) {
            int count = total;
            LOG.info(() -> count + " messages older than " + cutoff.get() + " were deleted by the retention period");
        }
        return total;
    }
}
