package org.agora.wiki;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.plugins.api.PluginContext;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.StaleRecordException;
import org.agora.plugins.api.StoredRecord;

/** A plugin context whose records live in a map, for driving handlers without a host. */
final class InMemoryContext implements PluginContext, RecordStore {

    private final Map<Long, StoredRecord> records = new LinkedHashMap<>();
    private long nextId = 1;
    private Instant clock = Instant.parse("2025-01-01T00:00:00Z");

    @Override
    public String pluginId() {
        return "wiki";
    }

    @Override
    public RecordStore records() {
        return this;
    }

    @Override
    public String renderMarkdown(String markdown) {
        return "<p>" + markdown + "</p>";
    }

    private Instant tick() {
        clock = clock.plusSeconds(1);
        return clock;
    }

    @Override
    public StoredRecord create(String collection, Map<String, String> fields) {
        Instant now = tick();
        StoredRecord r = new StoredRecord(nextId++, collection, 1, fields, now, now);
        records.put(r.id(), r);
        return r;
    }

    @Override
    public Optional<StoredRecord> get(String collection, long id) {
        return Optional.ofNullable(records.get(id)).filter(r -> r.collection().equals(collection));
    }

    @Override
    public StoredRecord update(String collection, long id, long expectedVersion, Map<String, String> fields) {
        StoredRecord old = get(collection, id).filter(r -> r.version() == expectedVersion)
                .orElseThrow(() -> new StaleRecordException("record " + id + " changed"));
        StoredRecord r = new StoredRecord(id, collection, old.version() + 1, fields, old.createdAt(), tick());
        records.put(id, r);
        return r;
    }

    @Override
    public boolean delete(String collection, long id) {
        return get(collection, id).map(r -> records.remove(id) != null).orElse(false);
    }

    @Override
    public List<StoredRecord> findBy(String collection, String field, String value) {
        return records.values().stream().filter(r -> r.collection().equals(collection))
                .filter(r -> r.field(field).filter(value::equals).isPresent())
                .sorted(Comparator.comparing(StoredRecord::createdAt).reversed()).toList();
    }

    @Override
    public List<StoredRecord> list(String collection, int offset, int limit) {
        return new ArrayList<>(records.values()).stream().filter(r -> r.collection().equals(collection))
                .sorted(Comparator.comparing(StoredRecord::updatedAt).reversed()).skip(offset).limit(limit).toList();
    }
}
