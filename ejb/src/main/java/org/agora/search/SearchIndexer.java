package org.agora.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Drains the outbox once a change's transaction has committed, so a new or edited item is found at once and a
 * rolled-back one never is. On a plugin's thread, which the host interrupts at its time limit, the drain is shielded
 * from the interrupt ({@link InterruptibleThreads}): one inside the index's file channels would close it for good.
 */
@ApplicationScoped
public class SearchIndexer {

    @Inject
    SearchService search;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        InterruptibleThreads.shielded(search::drain);
    }
}
