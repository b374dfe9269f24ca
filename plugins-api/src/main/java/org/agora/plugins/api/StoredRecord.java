package org.agora.plugins.api;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A record of a plugin, kept by the host.
 *
 * @param id         the record's identifier, unique in the plugin
 * @param collection the collection the record belongs to, such as {@code pages}
 * @param version    the version for optimistic locking; it grows on every update
 * @param fields     the record's fields as text, which cannot be changed: to update a record, copy them into a new map
 *                   ({@code new HashMap<>(record.fields())}) and pass it to {@link RecordStore#update}
 * @param createdAt  when the record was created
 * @param updatedAt  when the record was last changed
 * @param ownerId    the person the record belongs to, reached by GDPR export and erasure, or null (since 1.1.0)
 * @param contentId  the content item the record is about, deleted along with it, or null (since 1.1.0)
 */
public record StoredRecord(long id, String collection, long version, Map<String, String> fields,
                           Instant createdAt, Instant updatedAt, Long ownerId, Long contentId) {

    public StoredRecord {
        Objects.requireNonNull(collection, "collection");
        fields = Map.copyOf(fields);
    }

    /** A record about no content item. */
    public StoredRecord(long id, String collection, long version, Map<String, String> fields, Instant createdAt,
                        Instant updatedAt, Long ownerId) {
        this(id, collection, version, fields, createdAt, updatedAt, ownerId, null);
    }

    /** A record without owner: the shape of version 1.0.0. */
    public StoredRecord(long id, String collection, long version, Map<String, String> fields, Instant createdAt,
                        Instant updatedAt) {
        this(id, collection, version, fields, createdAt, updatedAt, null, null);
    }

    /**
     * @return the person the record belongs to, if any
     * @since 1.1.0
     */
    public OptionalLong owner() {
        return ownerId == null ? OptionalLong.empty() : OptionalLong.of(ownerId);
    }

    /**
     * @return the content item the record is about, if any
     * @since 1.1.0
     */
    public OptionalLong content() {
        return contentId == null ? OptionalLong.empty() : OptionalLong.of(contentId);
    }

    /**
     * @param name a field name
     * @return the field's value, if the record has it
     */
    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }
}
