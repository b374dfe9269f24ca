package org.agora.search;

import jakarta.ejb.EJBException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.search.index.Fields;
import org.agora.search.index.SearchIndex;
import org.agora.search.index.SearchItem;

/**
 * Takes one batch of outbox changes into the index. An item whose loading or indexing throws spoils only its own
 * changes: the batch is loaded by type, and a type whose loading throws is loaded again item by item to find the
 * culprit; likewise for writing. What the index itself fails at (the disk) still fails the whole batch, which then
 * waits in the outbox as it is.
 */
final class Intake {

    /** Loads the current state of items, in a transaction of its own so that a failure spoils nothing else. */
    @FunctionalInterface
    interface Loader {
        List<SearchItem> load(String type, Collection<Long> ids);
    }

    /**
     * @param done   the outbox rows now in the index
     * @param failed what went wrong, by outbox row
     */
    record Result(List<Long> done, Map<Long, String> failed) {
    }

    private final Loader loader;
    private final SearchIndex index;

    Intake(Loader loader, SearchIndex index) {
        this.loader = loader;
        this.index = index;
    }

    /** Writes the changes' items into the index, or removes those that are gone, and commits. */
    Result take(List<OutboxChange> changes) throws IOException {
        Map<String, Map<Long, List<Long>>> byType = new LinkedHashMap<>();
        for (OutboxChange c : changes) {
            byType.computeIfAbsent(c.type(), t -> new LinkedHashMap<>())
                    .computeIfAbsent(c.itemId(), id -> new ArrayList<>()).add(c.entryId());
        }
        Map<Long, String> failed = new LinkedHashMap<>();
        List<SearchItem> items = new ArrayList<>();
        for (Map.Entry<String, Map<Long, List<Long>>> type : byType.entrySet()) {
            Map<Long, List<Long>> entriesById = type.getValue();
            List<SearchItem> found = new ArrayList<>();
            try {
                found.addAll(loader.load(type.getKey(), entriesById.keySet()));
            } catch (RuntimeException spoilt) {
                for (Long id : entriesById.keySet()) {
                    try {
                        found.addAll(loader.load(type.getKey(), List.of(id)));
                    } catch (RuntimeException e) {
                        entriesById.get(id).forEach(entry -> failed.put(entry, describe(e)));
                    }
                }
            }
            Set<Long> present = new HashSet<>();
            found.forEach(item -> present.add(item.id()));
            for (Long id : entriesById.keySet()) {
                if (!present.contains(id) && !failed.containsKey(entriesById.get(id).get(0))) {
                    index.delete(Fields.key(type.getKey(), id));
                }
            }
            items.addAll(found);
        }
        write(items, byType, failed);
        index.commit();
        List<Long> done = changes.stream().map(OutboxChange::entryId).filter(e -> !failed.containsKey(e)).toList();
        return new Result(done, failed);
    }

    private void write(List<SearchItem> items, Map<String, Map<Long, List<Long>>> byType, Map<Long, String> failed)
            throws IOException {
        try {
            index.put(items);
        } catch (RuntimeException spoilt) {
            // writing an item again replaces it, so the ones written before the failure can be written again
            for (SearchItem item : items) {
                try {
                    index.put(List.of(item));
                } catch (RuntimeException e) {
                    byType.getOrDefault(item.type(), Map.of()).getOrDefault(item.id(), List.of())
                            .forEach(entry -> failed.put(entry, describe(e)));
                }
            }
        }
    }

    /** @return what went wrong, without the container's wrapping */
    static String describe(Throwable e) {
        Throwable cause = e;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof LoadFailed) {
            return cause.getMessage();
        }
        return cause.getMessage() == null ? cause.getClass().getName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
