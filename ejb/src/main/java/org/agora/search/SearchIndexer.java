package org.agora.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Drains the outbox once a change's transaction has committed, so a new or edited item is found at once and a
 * rolled-back one never is.
 */
@ApplicationScoped
public class SearchIndexer {

    @Inject
    SearchService search;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        search.drain();
    }
}
