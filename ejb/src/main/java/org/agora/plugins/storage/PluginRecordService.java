package org.agora.plugins.storage;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.agora.feed.PostDeleted;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.StaleRecordException;
import org.agora.plugins.api.StoredRecord;
import org.agora.spaces.SpaceAccess;
import org.agora.spaces.model.ReadableSpaces;

/** Stores plugin records; every method is one transaction and is scoped to one plugin. */
@Stateless
public class PluginRecordService {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int MAX_PAGE = 500;
    private static final int MAX_BATCH = 1_000;

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @EJB
    SpaceAccess spaces;

    /** Stores a new record of {@code pluginId}, owned by {@code ownerId} when not null. */
    public StoredRecord create(String pluginId, String collection, Map<String, String> fields, Long ownerId) {
        return create(pluginId, collection, fields, ownerId, null);
    }

    /**
     * Stores a new record of {@code pluginId}, owned by {@code ownerId} and about the content item
     * {@code contentId} when they are not null.
     *
     * @throws IllegalArgumentException if the content item is not one of the plugin's
     */
    public StoredRecord create(String pluginId, String collection, Map<String, String> fields, Long ownerId,
                               Long contentId) {
        checkNames(collection, fields);
        checkItem(pluginId, contentId);
        PluginRecord record = new PluginRecord(pluginId, collection, fields, ownerId, contentId, Instant.now());
        em.persist(record);
        em.flush();
        return record.toStored();
    }

    /**
     * Stores a new record unless one of the collection has the key; a concurrent creation with the same key fails
     * on the database's unique constraint instead.
     *
     * @return the record, or empty if the key is taken
     */
    public Optional<StoredRecord> createUnique(String pluginId, String collection, String key,
                                               Map<String, String> fields, Long ownerId, Long contentId) {
        checkNames(collection, fields);
        checkKey(key);
        checkItem(pluginId, contentId);
        if (withKey(pluginId, collection, key).isPresent()) {
            return Optional.empty();
        }
        PluginRecord record = PluginRecord.unique(pluginId, collection, key, fields, ownerId, contentId, Instant.now());
        em.persist(record);
        em.flush();
        return Optional.of(record.toStored());
    }

    /** @return the record of the collection that has the key */
    public Optional<StoredRecord> withKey(String pluginId, String collection, String key) {
        return em.createQuery("""
                        SELECT r FROM PluginRecord r
                        WHERE r.pluginId = :plugin AND r.collection = :collection AND r.uniqueKey = :key""",
                        PluginRecord.class)
                .setParameter("plugin", pluginId).setParameter("collection", collection).setParameter("key", key)
                .getResultStream().findFirst().map(PluginRecord::toStored);
    }

    /** Makes sure the collection has the lock row that {@link #createIfFewer} updates; a no-op when it exists. */
    public void prepareLock(String pluginId, String collection) {
        Number rows = (Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM plugin_record_lock WHERE plugin_id = ? AND collection = ?")
                .setParameter(1, pluginId).setParameter(2, collection).getSingleResult();
        if (rows.longValue() == 0) {
            em.createNativeQuery("INSERT INTO plugin_record_lock (plugin_id, collection, taken) VALUES (?, ?, 0)")
                    .setParameter(1, pluginId).setParameter(2, collection).executeUpdate();
        }
    }

    /**
     * Stores a new record if fewer than {@code limit} records match the query. The update of the collection's lock
     * row (made by {@link #prepareLock}) holds it until the transaction ends, so such creations in one collection
     * run one after the other and each counts what the previous one stored.
     *
     * @return the record, or empty if the limit is reached
     */
    public Optional<StoredRecord> createIfFewer(String pluginId, RecordQuery query, long limit,
                                                Map<String, String> fields, Long ownerId) {
        if (limit < 1) {
            throw new IllegalArgumentException("a limit is at least 1");
        }
        checkNames(query.collection(), fields);
        int locked = em.createNativeQuery(
                        "UPDATE plugin_record_lock SET taken = taken + 1 WHERE plugin_id = ? AND collection = ?")
                .setParameter(1, pluginId).setParameter(2, query.collection()).executeUpdate();
        if (locked != 1) {
            throw new IllegalStateException("no lock row for " + pluginId + "/" + query.collection());
        }
        if (count(pluginId, query) >= limit) {
            return Optional.empty();
        }
        return Optional.of(create(pluginId, query.collection(), fields, ownerId, null));
    }

    /** Stores up to {@value #MAX_BATCH} records in this one transaction, all or none. */
    public int createAll(String pluginId, String collection, List<Map<String, String>> records) {
        if (records.size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " records at once");
        }
        records.forEach(fields -> checkNames(collection, fields));
        Instant now = Instant.now();
        records.forEach(fields -> em.persist(new PluginRecord(pluginId, collection, fields, null, now)));
        em.flush();
        return records.size();
    }

    private void checkItem(String pluginId, Long contentId) {
        if (contentId != null && em.createQuery(
                        "SELECT COUNT(p) FROM Post p WHERE p.id = :id AND p.pluginId = :plugin", Long.class)
                .setParameter("id", contentId).setParameter("plugin", pluginId).getSingleResult() == 0) {
            throw new IllegalArgumentException("no content item " + contentId + " of plugin " + pluginId);
        }
    }

    private static void checkKey(String key) {
        if (key == null || key.isEmpty() || key.length() > 200) {
            throw new IllegalArgumentException("a record key has 1 to 200 characters");
        }
    }

    /** @return the page of records that match the query, in its order */
    public List<StoredRecord> find(String pluginId, RecordQuery query) {
        RecordSql sql = RecordSql.select(pluginId, checked(query), readable(query));
        List<Long> ids = sql.bind(em.createNativeQuery(sql.text())).getResultStream()
                .map(id -> ((Number) id).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, StoredRecord> byId = em.createQuery("SELECT r FROM PluginRecord r WHERE r.id IN :ids",
                        PluginRecord.class)
                .setParameter("ids", ids).getResultStream().map(PluginRecord::toStored)
                .collect(Collectors.toMap(StoredRecord::id, r -> r));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** @return how many records match the query */
    public long count(String pluginId, RecordQuery query) {
        RecordSql sql = RecordSql.count(pluginId, checked(query), readable(query));
        return ((Number) sql.bind(em.createNativeQuery(sql.text())).getSingleResult()).longValue();
    }

    /** @return how many of the plugin's matching records have each value of a field (by its indexed key) */
    public Map<String, Long> countBy(String pluginId, RecordQuery query, String field) {
        checkName(field);
        RecordSql sql = RecordSql.countBy(pluginId, checked(query), readable(query), field);
        Map<String, Long> counts = new TreeMap<>();
        for (Object row : sql.bind(em.createNativeQuery(sql.text())).getResultList()) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], ((Number) r[1]).longValue());
        }
        return counts;
    }

    /**
     * Deletes the records about a content item, in the transaction that deletes the item, whoever deletes it. Only
     * the item's own plugin keeps records about it ({@link #checkItem}), so an ordinary post has none, and the
     * plugin's id leads to them by an index: a search by the item alone would read, and lock, every plugin's records.
     */
    public void onItemDeleted(@Observes PostDeleted deleted) {
        if (deleted.pluginId() != null) {
            deleteWhere("plugin_id = ? AND content_id = ?", deleted.pluginId(), deleted.postId());
        }
    }

    // the spaces whose content items the query's reader may read; every space when the query names no reader
    private ReadableSpaces readable(RecordQuery query) {
        return query.reader().isEmpty() ? ReadableSpaces.every() : spaces.readableSpaces(query.reader().getAsLong());
    }

    /** @return the records of every plugin that belong to the person, by plugin id */
    public Map<String, List<StoredRecord>> ownedBy(long personId) {
        return em.createQuery("SELECT r FROM PluginRecord r WHERE r.ownerId = :owner ORDER BY r.id",
                        PluginRecord.class)
                .setParameter("owner", personId).getResultStream()
                .collect(Collectors.groupingBy(PluginRecord::pluginId, TreeMap::new,
                        Collectors.mapping(PluginRecord::toStored, Collectors.toList())));
    }

    /** Deletes the records of every plugin that belong to the person; @return how many */
    public int deleteOwnedBy(long personId) {
        List<PluginRecord> owned = em.createQuery("SELECT r FROM PluginRecord r WHERE r.ownerId = :owner",
                PluginRecord.class).setParameter("owner", personId).getResultList();
        owned.forEach(em::remove);
        return owned.size();
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
        writeInPlace(id, pluginId, collection, fields);
        // the first write waits for an update of the same record that committed meanwhile, and the refresh reads
        // its version: without this second check the later update would overwrite the earlier one unseen
        em.refresh(record);
        if (record.version() != expectedVersion) {
            throw new StaleRecordException("record " + id + " changed since version " + expectedVersion);
        }
        record.touch(Instant.now());
        em.flush();
        return record.toStored();
    }

    /**
     * Writes a record's fields, each row changed in place rather than deleted and inserted again: a reader at the same
     * moment finds every field, with its former or its new value, where between a DELETE and the INSERTs it found
     * none. (Nor can EclipseLink change the rows itself: it would name each row by all its columns, and Derby cannot
     * compare the CLOB text.)
     */
    private void writeInPlace(long id, String pluginId, String collection, Map<String, String> fields) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (field.getValue() == null) {
                continue; // a field without a value is not shown: its row goes
            }
            names.add(field.getKey());
            FieldValue value = FieldValue.of(pluginId, collection, field.getValue());
            int changed = em.createNativeQuery("""
                            UPDATE plugin_record_field SET text_value = ?, value_key = ?
                            WHERE record_id = ? AND name = ?""")
                    .setParameter(1, value.text()).setParameter(2, value.key()).setParameter(3, id)
                    .setParameter(4, field.getKey()).executeUpdate();
            if (changed == 0) {
                em.createNativeQuery("""
                                INSERT INTO plugin_record_field
                                    (record_id, name, text_value, value_key, plugin_id, collection)
                                VALUES (?, ?, ?, ?, ?, ?)""")
                        .setParameter(1, id).setParameter(2, field.getKey()).setParameter(3, value.text())
                        .setParameter(4, value.key()).setParameter(5, pluginId).setParameter(6, collection)
                        .executeUpdate();
            }
        }
        String others = names.isEmpty() ? ""
                : " AND name NOT IN (" + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
        Query gone = em.createNativeQuery("DELETE FROM plugin_record_field WHERE record_id = ?" + others);
        gone.setParameter(1, id);
        for (int i = 0; i < names.size(); i++) {
            gone.setParameter(i + 2, names.get(i));
        }
        gone.executeUpdate();
    }

    public boolean delete(String pluginId, String collection, long id) {
        Optional<PluginRecord> record = find(pluginId, collection, id);
        record.ifPresent(em::remove);
        return record.isPresent();
    }

    /**
     * Deletes every record of a plugin, for an uninstall that purges its data.
     *
     * @return how many records were deleted
     */
    public int deleteAll(String pluginId) {
        return deleteWhere("plugin_id = ?", pluginId);
    }

    /**
     * Deletes the records that match a condition on {@code plugin_record}, one by one, each record's fields first.
     * Each statement then reads and locks only the rows it deletes: a statement over many records scans, and locks,
     * other modules' fields too (Derby keeps the lock on every row an update scan reads), and the foreign key has no
     * ON DELETE CASCADE, which Derby runs with a lock on the whole fields table (V68).
     *
     * @return how many records were deleted
     */
    private int deleteWhere(String condition, Object... parameters) {
        Query matching = em.createNativeQuery("SELECT id FROM plugin_record WHERE " + condition);
        for (int i = 0; i < parameters.length; i++) {
            matching.setParameter(i + 1, parameters[i]);
        }
        List<Long> ids = ((List<?>) matching.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        for (long id : ids) {
            em.createNativeQuery("DELETE FROM plugin_record_field WHERE record_id = ?").setParameter(1, id)
                    .executeUpdate();
            em.createNativeQuery("DELETE FROM plugin_record WHERE id = ?").setParameter(1, id).executeUpdate();
        }
        return ids.size();
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

    private static RecordQuery checked(RecordQuery query) {
        checkName(query.collection());
        query.conditions().keySet().forEach(PluginRecordService::checkName);
        if (query.orderField() != null) {
            checkName(query.orderField());
        }
        return query;
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
