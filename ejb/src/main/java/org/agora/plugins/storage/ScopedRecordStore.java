package org.agora.plugins.storage;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.database.Retries;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.StaleRecordException;
import org.agora.plugins.api.StoredRecord;

/**
 * The {@link RecordStore} a plugin sees: the host's record service, limited to the plugin's own records. A creation
 * that lost a race to another transaction is run again, as a request's would be.
 */
public final class ScopedRecordStore implements RecordStore {

    private final String pluginId;
    private final PluginRecordService service;
    private final Retries retries;

    public ScopedRecordStore(String pluginId, PluginRecordService service, Retries retries) {
        this.pluginId = pluginId;
        this.service = service;
        this.retries = retries;
    }

    @Override
    public StoredRecord create(String collection, Map<String, String> fields) {
        return retries.get(() -> service.create(pluginId, collection, fields, null));
    }

    @Override
    public StoredRecord create(String collection, Map<String, String> fields, Long ownerId) {
        return retries.get(() -> service.create(pluginId, collection, fields, ownerId));
    }

    @Override
    public StoredRecord create(String collection, Map<String, String> fields, Long ownerId, Long contentId) {
        return retries.get(() -> service.create(pluginId, collection, fields, ownerId, contentId));
    }

    @Override
    public Optional<StoredRecord> createUnique(String collection, String key, Map<String, String> fields,
                                               Long ownerId, Long contentId) {
        // another request may store the same key between the check and the insert: the constraint keeps it out,
        // and the next attempt finds it
        return retries.get(() -> service.createUnique(pluginId, collection, key, fields, ownerId, contentId));
    }

    @Override
    public Optional<StoredRecord> createIfFewer(RecordQuery query, long limit, Map<String, String> fields,
                                                Long ownerId) {
        try {
            service.prepareLock(pluginId, query.collection());
        } catch (EJBException e) {
            // another request created the lock row at the same moment: it exists now, which is all that counts
        }
        return retries.get(() -> service.createIfFewer(pluginId, query, limit, fields, ownerId));
    }

    @Override
    public int createAll(String collection, List<Map<String, String>> records) {
        return retries.get(() -> service.createAll(pluginId, collection, records));
    }

    @Override
    public Optional<StoredRecord> get(String collection, long id) {
        return service.get(pluginId, collection, id);
    }

    @Override
    public StoredRecord update(String collection, long id, long expectedVersion, Map<String, String> fields) {
        try {
            return service.update(pluginId, collection, id, expectedVersion, fields);
        } catch (EJBException e) {
            // two updates of the same version that commit at the same time: the database keeps the first
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OptimisticLockException) {
                    throw new StaleRecordException("record " + id + " was changed by someone else");
                }
            }
            throw e;
        }
    }

    @Override
    public boolean delete(String collection, long id) {
        return service.delete(pluginId, collection, id);
    }

    @Override
    public List<StoredRecord> findBy(String collection, String field, String value) {
        return service.findBy(pluginId, collection, field, value);
    }

    @Override
    public List<StoredRecord> list(String collection, int offset, int limit) {
        return service.list(pluginId, collection, offset, limit);
    }

    @Override
    public List<StoredRecord> find(RecordQuery query) {
        return service.find(pluginId, query);
    }

    @Override
    public long count(RecordQuery query) {
        return service.count(pluginId, query);
    }

    @Override
    public Map<String, Long> countBy(RecordQuery query, String field) {
        return service.countBy(pluginId, query, field);
    }
}
