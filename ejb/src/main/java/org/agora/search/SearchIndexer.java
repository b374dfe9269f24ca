package org.agora.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains the outbox once a change's transaction has committed, so a new or edited item is found at once and a
 * rolled-back one never is. The index is written on a thread of the container's own, which the caller waits for:
 * the committing thread may be a plugin's, which the host interrupts at its time limit, and an interrupt inside the
 * index's file channels would close the index for good. An interrupted caller stops waiting; the drain goes on.
 */
@ApplicationScoped
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());

    @Inject
    SearchService search;

    @Resource
    ManagedExecutorService executor;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        Future<Integer> drained = executor.submit(search::drain);
        try {
            drained.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.log(Level.FINE, "Draining the search outbox after a commit failed; the next round retries", e);
        }
    }
}
