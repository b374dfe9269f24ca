package org.agora.search;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.search.index.SearchItem;
import org.agora.search.model.OutboxEntry;
import org.agora.search.model.RetryPolicy;

/**
 * Reads the outbox and the current state of the items it names, each call in a transaction of its own, so the
 * indexer works after the changes' transactions have ended.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Outbox {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    @Any
    Instance<SearchSource> sources;

    /** @return the oldest changes due at {@code now}, up to {@code limit}: neither parked nor waiting for a retry */
    public List<OutboxChange> due(int limit, Instant now) {
        return em.createQuery("SELECT e FROM OutboxEntry e WHERE e.parkedAt IS NULL"
                        + " AND (e.retryAt IS NULL OR e.retryAt <= :now) ORDER BY e.id", OutboxEntry.class)
                .setParameter("now", now).setMaxResults(limit).getResultStream()
                .map(e -> new OutboxChange(e.getId(), e.getItemType(), e.getItemId())).toList();
    }

    /** Removes rows the index now holds. */
    public void remove(Collection<Long> entryIds) {
        if (!entryIds.isEmpty()) {
            em.createQuery("DELETE FROM OutboxEntry e WHERE e.id IN :ids").setParameter("ids", entryIds)
                    .executeUpdate();
        }
    }

    /**
     * Records failed attempts: each change waits before its next attempt, or is parked after its last.
     *
     * @param errors what went wrong, by outbox row
     * @return the changes parked by these failures
     */
    public List<OutboxChange> failed(Map<Long, String> errors, Instant now, RetryPolicy policy) {
        List<OutboxChange> parked = new ArrayList<>();
        errors.forEach((entryId, error) -> {
            OutboxEntry entry = em.find(OutboxEntry.class, entryId);
            if (entry != null && entry.failed(error, now, policy)) {
                parked.add(new OutboxChange(entryId, entry.getItemType(), entry.getItemId()));
            }
        });
        return parked;
    }

    /** @return the parked changes, oldest first */
    public List<ParkedChange> parked() {
        return em.createQuery("SELECT e FROM OutboxEntry e WHERE e.parkedAt IS NOT NULL ORDER BY e.id",
                OutboxEntry.class).getResultStream().map(e -> new ParkedChange(e.getId(), e.getItemType(),
                e.getItemId(), e.getAttempts(), e.getQueuedAt(), e.getParkedAt(), e.getLastError())).toList();
    }

    /** @return true if the parked change was put back in line; false if there is no such parked change */
    public boolean retry(long entryId) {
        OutboxEntry entry = em.find(OutboxEntry.class, entryId);
        if (entry == null || !entry.isParked()) {
            return false;
        }
        entry.retry();
        return true;
    }

    /** @return how many changes wait to be taken in, parked ones apart */
    public long pending() {
        return em.createQuery("SELECT COUNT(e) FROM OutboxEntry e WHERE e.parkedAt IS NULL", Long.class)
                .getSingleResult();
    }

    /** @return the source of each type */
    public Map<String, SearchSource> sourcesByType() {
        Map<String, SearchSource> byType = new HashMap<>();
        sources.forEach(s -> byType.put(s.type(), s));
        return byType;
    }

    /** @return the source of the type, if there is one */
    public Optional<SearchSource> source(String type) {
        return Optional.ofNullable(sourcesByType().get(type));
    }

    /**
     * @return the items of one type with these ids that still exist
     * @throws LoadFailed if the source fails, or if no source provides items of the type (a plugin's, while it is
     *                    removed): its changes are kept rather than taken for deletions
     */
    public List<SearchItem> load(String type, Collection<Long> ids) {
        try {
            return source(type).orElseThrow(() -> new IllegalStateException("No search source for items of type "
                    + type)).load(ids);
        } catch (RuntimeException e) {
            throw new LoadFailed(Intake.describe(e), e);
        }
    }

    /** @return the next ids of a type, for a rebuild */
    public List<Long> ids(String type, long afterId, int limit) {
        return source(type).map(s -> s.ids(afterId, limit)).orElse(List.of());
    }

    /** @return how many items every source holds, for a rebuild's progress */
    public long countAll() {
        return sourcesByType().values().stream().mapToLong(SearchSource::count).sum();
    }
}
