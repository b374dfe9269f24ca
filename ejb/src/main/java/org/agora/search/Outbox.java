package org.agora.search;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.agora.search.index.Fields;
import org.agora.search.index.SearchItem;
import org.agora.search.model.OutboxEntry;

/**
 * Reads the outbox and the current state of the items it names, each call in a transaction of its own, so the
 * indexer works after the changes' transactions have ended.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    @Any
    Instance<SearchSource> sources;

    /** The items of a batch of outbox rows: those to write and the keys of those that are gone. */
    public record Batch(List<Long> entryIds, List<SearchItem> items, List<String> gone) {
        public boolean isEmpty() {
            return entryIds.isEmpty();
        }
    }

    /** @return the oldest rows, up to {@code limit}, with their items as they are now */
    public Batch next(int limit) {
        List<OutboxEntry> entries = em.createQuery("SELECT e FROM OutboxEntry e ORDER BY e.id", OutboxEntry.class)
                .setMaxResults(limit).getResultList();
        Map<String, Set<Long>> byType = new LinkedHashMap<>();
        for (OutboxEntry e : entries) {
            byType.computeIfAbsent(e.getItemType(), t -> new LinkedHashSet<>()).add(e.getItemId());
        }
        Map<String, SearchSource> known = sourcesByType();
        List<SearchItem> items = new java.util.ArrayList<>();
        List<String> gone = new java.util.ArrayList<>();
        byType.forEach((type, ids) -> {
            SearchSource source = known.get(type);
            if (source == null) {
                LOG.warning(() -> "No search source for items of type " + type + "; their changes are dropped");
                return;
            }
            List<SearchItem> found = source.load(ids);
            items.addAll(found);
            Set<Long> present = new java.util.HashSet<>();
            found.forEach(i -> present.add(i.id()));
            ids.stream().filter(id -> !present.contains(id)).forEach(id -> gone.add(Fields.key(type, id)));
        });
        return new Batch(entries.stream().map(OutboxEntry::getId).toList(), items, gone);
    }

    /** Removes rows the index now holds. */
    public void remove(Collection<Long> entryIds) {
        if (!entryIds.isEmpty()) {
            em.createQuery("DELETE FROM OutboxEntry e WHERE e.id IN :ids").setParameter("ids", entryIds)
                    .executeUpdate();
        }
    }

    /** @return how many changes wait */
    public long pending() {
        return em.createQuery("SELECT COUNT(e) FROM OutboxEntry e", Long.class).getSingleResult();
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

    /** @return the items of one type with these ids, for a rebuild */
    public List<SearchItem> load(String type, Collection<Long> ids) {
        return source(type).map(s -> s.load(ids)).orElse(List.of());
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
