package org.agora.plugins.storage;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.agora.plugins.api.StaleRecordException;
import org.agora.plugins.api.StoredRecord;

/** Stores plugin records; every method is one transaction and is scoped to one plugin. */
@Stateless
public class PluginRecordService {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int MAX_PAGE = 500;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    public StoredRecord create(String pluginId, String collection, Map<String, String> fields) {
        checkNames(collection, fields);
        PluginRecord record = new PluginRecord(pluginId, collection, fields, Instant.now());
        em.persist(record);
        em.flush();
        return record.toStored();
    }

    public Optional<StoredRecord> get(String pluginId, String collection, long id) {
        return find(pluginId, collection, id).map(PluginRecord::toStored);
    }

    public StoredRecord update(String pluginId, String collection, long id, long expectedVersion,
                               Map<String, String> fields) {
        checkNames(collection, fields);
        PluginRecord record = find(pluginId, collection, id)
                .orElseThrow(() -> new StaleRecordException("record " + id + " no longer exists"));
        if (record.version() != expectedVersion) {
            throw new StaleRecordException("record " + id + " changed since version " + expectedVersion);
        }
        record.replace(fields, Instant.now());
        em.flush();
        return record.toStored();
    }

    public boolean delete(String pluginId, String collection, long id) {
        Optional<PluginRecord> record = find(pluginId, collection, id);
        record.ifPresent(em::remove);
        return record.isPresent();
    }

    /**
     * Deletes every record of a plugin, for an uninstall that purges its data; the fields go with their records
     * (ON DELETE CASCADE).
     *
     * @return how many records were deleted
     */
    public int deleteAll(String pluginId) {
        return em.createQuery("DELETE FROM PluginRecord r WHERE r.pluginId = :plugin")
                .setParameter("plugin", pluginId).executeUpdate();
    }

    public List<StoredRecord> findBy(String pluginId, String collection, String field, String value) {
        checkName(collection);
        checkName(field);
        return em.createQuery("""
                        SELECT r FROM PluginRecord r JOIN r.fields f
                        WHERE r.pluginId = :plugin AND r.collection = :collection
                          AND KEY(f) = :field AND f.key = :key
                        ORDER BY r.updatedAt DESC""", PluginRecord.class)
                .setParameter("plugin", pluginId).setParameter("collection", collection)
                .setParameter("field", field).setParameter("key", FieldValue.key(value))
                .getResultStream()
                .map(PluginRecord::toStored)
                .filter(r -> value.equals(r.fields().get(field)))
                .toList();
    }

    public List<StoredRecord> list(String pluginId, String collection, int offset, int limit) {
        checkName(collection);
        return em.createQuery("""
                        SELECT r FROM PluginRecord r WHERE r.pluginId = :plugin AND r.collection = :collection
                        ORDER BY r.updatedAt DESC, r.id DESC""", PluginRecord.class)
                .setParameter("plugin", pluginId).setParameter("collection", collection)
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.clamp(limit, 1, MAX_PAGE))
                .getResultStream().map(PluginRecord::toStored).toList();
    }

    private Optional<PluginRecord> find(String pluginId, String collection, long id) {
        PluginRecord record = em.find(PluginRecord.class, id);
        return Optional.ofNullable(record)
                .filter(r -> r.collection().equals(collection) && r.pluginId().equals(pluginId));
    }

    private static void checkNames(String collection, Map<String, String> fields) {
        checkName(collection);
        fields.keySet().forEach(PluginRecordService::checkName);
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a valid collection or field name: " + name);
        }
    }
}
