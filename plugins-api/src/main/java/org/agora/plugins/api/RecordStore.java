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
     * Creates a record unless the collection already holds one with the same key: one vote per person and idea,
     * one answer per person and survey. The check and the creation are one atomic step, also when two requests
     * race; deleting the record frees its key.
     *
     * <pre>{@code
     * Optional<StoredRecord> vote = records.createUnique("votes", "idea-" + ideaId + "/person-" + viewer.id(),
     *         Map.of("idea", String.valueOf(ideaId)), viewer.id(), ideaId);
     * if (vote.isEmpty()) { ... already voted ... }
     * }</pre>
     *
     * @param collection the collection
     * @param key        what makes the record unique in its collection, 1 to 200 characters
     * @param fields     the new record's fields
     * @param ownerId    the person it belongs to (exported and erased with their data), or null
     * @param contentId  the content item it is about (deleted with it, see {@link #create(String, Map, Long, Long)}),
     *                   or null
     * @return the stored record, or empty if a record of the collection has that key already
     * @throws IllegalArgumentException if the item is not one of the plugin's
     * @since 1.2.0
     */
    Optional<StoredRecord> createUnique(String collection, String key, Map<String, String> fields, Long ownerId,
                                        Long contentId);

    /**
     * Creates a record if fewer than {@code limit} records match the query, as one atomic step: two requests that
     * race cannot both pass the limit (at most three thanks a week, ten ideas open per person).
     *
     * @param query   what to count; its collection is the new record's, its order and page do not matter
     * @param limit   how many matching records may exist, at least 1
     * @param fields  the new record's fields
     * @param ownerId the person it belongs to, or null
     * @return the stored record, or empty if {@code limit} records match already
     * @since 1.2.0
     */
    Optional<StoredRecord> createIfFewer(RecordQuery query, long limit, Map<String, String> fields, Long ownerId);

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

    /**
     * Counts the matching records by the value of one field, in one step: how many votes each option got, how many
     * ideas each status holds. Records without the field are not counted; values are told apart by their first 200
     * characters, so count short values such as choices, states or numbers.
     *
     * <pre>{@code
     * Map<String, Long> byStatus = records.countBy(RecordQuery.in("ideas").where("box", box), "status");
     * }</pre>
     *
     * @param query what to count; its order and page do not matter
     * @param field the field whose values are counted
     * @return each value found and how many records have it, by value
     * @since 1.3.0
     */
    Map<String, Long> countBy(RecordQuery query, String field);
}
