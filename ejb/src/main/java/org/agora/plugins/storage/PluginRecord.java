package org.agora.plugins.storage;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.agora.plugins.api.StoredRecord;

/** A record of a plugin: a row per record and a row per field, so fields can be looked up by index. */
@Entity
@Table(name = "plugin_record")
public class PluginRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plugin_id", nullable = false)
    private String pluginId;

    @Column(nullable = false)
    private String collection;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "content_id")
    private Long contentId;

    @Column(name = "unique_key")
    private String uniqueKey;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plugin_record_field", joinColumns = @JoinColumn(name = "record_id"))
    @MapKeyColumn(name = "name")
    private Map<String, FieldValue> fields = new HashMap<>();

    protected PluginRecord() {
    }

    PluginRecord(String pluginId, String collection, Map<String, String> values, Long ownerId, Long contentId,
                 Instant now) {
        this(pluginId, collection, values, ownerId, now);
        this.contentId = contentId;
    }

    PluginRecord(String pluginId, String collection, Map<String, String> values, Long ownerId, Instant now) {
        this.pluginId = pluginId;
        this.collection = collection;
        this.ownerId = ownerId;
        this.createdAt = now;
        replace(values, now);
    }

    /** A record that no other record of its collection may share {@code key} with. */
    static PluginRecord unique(String pluginId, String collection, String key, Map<String, String> values,
                               Long ownerId, Long contentId, Instant now) {
        PluginRecord record = new PluginRecord(pluginId, collection, values, ownerId, contentId, now);
        record.uniqueKey = key;
        return record;
    }

    private void replace(Map<String, String> values, Instant now) {
        fields.clear();
        values.forEach((name, value) -> fields.put(name, FieldValue.of(pluginId, collection, value)));
        updatedAt = now;
    }

    /** Marks the record changed, once its field rows were written in place. */
    void touch(Instant now) {
        updatedAt = now;
    }

    String pluginId() {
        return pluginId;
    }

    String collection() {
        return collection;
    }

    long version() {
        return version;
    }

    StoredRecord toStored() {
        Map<String, String> values = fields.entrySet().stream()
                .filter(e -> e.getValue().text() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().text()));
        return new StoredRecord(id, collection, version, values, createdAt, updatedAt, ownerId, contentId);
    }
}
