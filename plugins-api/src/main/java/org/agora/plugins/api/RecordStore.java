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
 */
public interface RecordStore {

    /**
     * @param collection the collection
     * @param fields     the new record's fields
     * @return the stored record, with its id and version
     */
    StoredRecord create(String collection, Map<String, String> fields);

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
}
