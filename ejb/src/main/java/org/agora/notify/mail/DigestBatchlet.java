package org.agora.notify.mail;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/** The step of the {@code notification-digest} job: writes every due digest to the outbox, one person at a time. */
@Named("notificationDigest")
@Dependent
public class DigestBatchlet extends AbstractBatchlet {

    /** "true" to write every digest now, whenever the last one went out */
    @Inject
    @BatchProperty
    String force;

    @EJB
    DigestService digests;

    @Override
    public String process() {
        Instant now = Instant.now();
        int written = 0;
        for (long person : digests.recipients()) {
            written += digests.digestFor(person, now, Boolean.parseBoolean(force));
        }
        return "COMPLETED:" + written;
    }
}
