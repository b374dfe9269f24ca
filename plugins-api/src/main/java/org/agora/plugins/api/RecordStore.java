package org.agora.plugins.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plugin's persistent records, stored by the host in Agora's database.
 *
 * <p>Records are grouped in named collections and hold text fields. Each plugin sees only its own records. Every
 * method runs in its own transaction.
 *
 * <p>Collection and field names are 1 to 64 letters, digits, {@code -} or {@code _}. Lookups by field compare the
 * first 200 characters of the value, exactly.
 *
 * <p>Implemented by the host, and by the plugin test kit for unit tests; plugins only call it.
 */
public interface RecordStore {

    /**
     * @param collection the collection
     * @param fields     the new record's fields
     * @return the stored record, with its id and version
     */
    StoredRecord create(String collection, Map<String, String> fields);

    /**
     * Creates a record that belongs to a person: GDPR exports list it and erasure deletes it.
     *
     * @param collection the collection
     * @param fields     the new record's fields
     * @param ownerId    the person, or null for a record of nobody
     * @return the stored record, with its id and version
     * @since 1.1.0
     */
    StoredRecord create(String collection, Map<String, String> fields, Long ownerId);

    /**
     * Creates a record about one of the plugin's content items (a page's revision, an idea's vote): it is deleted
     * with the item, {@link RecordQuery#about(long)} finds it, and {@link RecordQuery#readableBy(Viewer)} leaves it
     * out for people who may not read the item.
     *
     * @param collection the collection
     * @param fields     the new record's fields
     * @param ownerId    the person it belongs to, or null
     * @param contentId  the content item, which must be the plugin's
     * @return the stored record, with its id and version
     * @throws IllegalArgumentException if the item is not one of the plugin's
     * @since 1.1.0
     */
    StoredRecord create(String collection, Map<String, String> fields, Long ownerId, Long contentId);

    /**
     * Creates many records in one transaction, all or none, as an import does.
     *
     * @param collection the collection
     * @param records    the fields of each new record, at most 1,000
     * @return how many records were stored
     * @since 1.1.0
     */
    int createAll(String collection, List<Map<String, String>> records);

    /**
     * @param collection the collection
     * @param id         the record's id
     * @return the record, if it exists in that collection
     */
    Optional<StoredRecord> get(String collection, long id);

    /**
     * Replaces a record's fields if nobody changed it since it was read.
     *
     * @param collection      the collection
     * @param id              the record's id
     * @param expectedVersion the version the caller read
     * @param fields          the new fields
     * @return the updated record
     * @throws StaleRecordException if the record changed meanwhile or no longer exists
     */
    StoredRecord update(String collection, long id, long expectedVersion, Map<String, String> fields);

    /**
     * @param collection the collection
     * @param id         the record's id
     * @return true if a record was deleted
     */
    boolean delete(String collection, long id);

    /**
     * @param collection the collection
     * @param field      a field name
     * @param value      the value to match exactly
     * @return the matching records, newest first
     */
    List<StoredRecord> findBy(String collection, String field, String value);

    /**
     * @param collection the collection
     * @param offset     how many records to skip
     * @param limit      the largest number of records to return (at most 500)
     * @return records of the collection, most recently updated first
     */
    List<StoredRecord> list(String collection, int offset, int limit);

    /**
     * Runs a query on declared fields, with an order and a page.
     *
     * @param query what to find
     * @return the matching records of the page
     * @since 1.1.0
     */
    List<StoredRecord> find(RecordQuery query);

    /**
     * @param query what to count; its order and page do not matter
     * @return how many records match
     * @since 1.1.0
     */
    long count(RecordQuery query);
}
