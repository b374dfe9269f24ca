package org.agora.plugins.api;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A query over one collection of a plugin's records: equality on fields (to one value, or to any of a few), an
 * owner, a content item, what a reader may see, an order and a page.
 *
 * <p>Field values compare on their first 200 characters, as text; the order is that of the text too (store
 * numbers zero-padded, dates as ISO-8601, so that text order is their order). Records without the ordering
 * field are left out of an ordered query. Without {@link #orderBy}, records come newest first. Every field is
 * indexed, so queries stay fast at 100,000 records per collection.
 *
 * <pre>{@code
 * RecordQuery.in("pages").where("space", "42").orderBy("title").limit(20)
 * RecordQuery.in("events").where("calendar", "company").whereIn("month", List.of("2026-11", "2026-12"))
 * }</pre>
 *
 * <p>Instances are immutable; each method returns a new query.
 *
 * @since 1.1.0
 */
public final class RecordQuery {

    /** The largest page a query returns. */
    public static final int MAX_LIMIT = 500;

    /**
     * The most values one field may be compared with in {@link #whereIn}.
     *
     * @since 1.6.0
     */
    public static final int MAX_VALUES = 50;

    private final String collection;
    private final Map<String, List<String>> conditions;
    private final Long ownerId;
    private final String orderField;
    private final boolean descending;
    private final int offset;
    private final int limit;
    private final Long contentId;
    private final Long readerId;

    private RecordQuery(String collection, Map<String, List<String>> conditions, Long ownerId, String orderField,
                        boolean descending, int offset, int limit, Long contentId, Long readerId) {
        this.collection = Objects.requireNonNull(collection, "collection");
        this.conditions = Collections.unmodifiableMap(new LinkedHashMap<>(conditions));
        this.ownerId = ownerId;
        this.orderField = orderField;
        this.descending = descending;
        this.offset = offset;
        this.limit = limit;
        this.contentId = contentId;
        this.readerId = readerId;
    }

    private RecordQuery(String collection, Map<String, List<String>> conditions, Long ownerId, String orderField,
                        boolean descending, int offset, int limit, RecordQuery rest) {
        this(collection, conditions, ownerId, orderField, descending, offset, limit, rest.contentId, rest.readerId);
    }

    /** @return a query of every record of {@code collection}, newest first, 50 at a time */
    public static RecordQuery in(String collection) {
        return new RecordQuery(collection, Map.of(), null, null, true, 0, 50, null, null);
    }

    /**
     * @return this query, keeping only records whose {@code field} equals {@code value}, instead of any condition
     *         on that field given before
     * @throws IllegalArgumentException if the query would compare more than 3 fields
     */
    public RecordQuery where(String field, String value) {
        Objects.requireNonNull(value, "value");
        return compare(field, List.of(value));
    }

    /**
     * Keeps the records whose field equals one of the values: one query for what would otherwise take one per value,
     * such as the events of a few months.
     *
     * @param values 1 to {@value #MAX_VALUES} values; one given twice counts once
     * @return this query, keeping only records whose {@code field} equals one of {@code values}, instead of any
     *         condition on that field given before
     * @throws IllegalArgumentException if there is no value or more than {@value #MAX_VALUES}, or if the query would
     *                                  compare more than 3 fields
     * @since 1.6.0
     */
    public RecordQuery whereIn(String field, Collection<String> values) {
        Objects.requireNonNull(values, "values");
        List<String> distinct = values.stream().map(v -> Objects.requireNonNull(v, "value")).distinct().toList();
        if (distinct.isEmpty() || distinct.size() > MAX_VALUES) {
            throw new IllegalArgumentException("a field is compared with 1 to " + MAX_VALUES + " values");
        }
        return compare(field, distinct);
    }

    private RecordQuery compare(String field, List<String> values) {
        Objects.requireNonNull(field, "field");
        if (conditions.size() >= 3 && !conditions.containsKey(field)) {
            throw new IllegalArgumentException("a query compares at most 3 fields");
        }
        Map<String, List<String>> more = new LinkedHashMap<>(conditions);
        more.put(field, values);
        return new RecordQuery(collection, more, ownerId, orderField, descending, offset, limit, this);
    }

    /** @return this query, keeping only records owned by the person */
    public RecordQuery ownedBy(long personId) {
        return new RecordQuery(collection, conditions, personId, orderField, descending, offset, limit, this);
    }

    /** @return this query, ordered by {@code field} ascending, ties by record id */
    public RecordQuery orderBy(String field) {
        return new RecordQuery(collection, conditions, ownerId, Objects.requireNonNull(field), false, offset, limit,
                this);
    }

    /** @return this query, ordered by {@code field} descending, ties by record id */
    public RecordQuery orderByDescending(String field) {
        return new RecordQuery(collection, conditions, ownerId, Objects.requireNonNull(field), true, offset, limit,
                this);
    }

    /** @return this query, skipping the first {@code offset} records */
    public RecordQuery offset(int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("an offset is 0 or more");
        }
        return new RecordQuery(collection, conditions, ownerId, orderField, descending, offset, limit, this);
    }

    /** @return this query, returning at most {@code limit} records (1 to {@value #MAX_LIMIT}) */
    public RecordQuery limit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("a limit is between 1 and " + MAX_LIMIT);
        }
        return new RecordQuery(collection, conditions, ownerId, orderField, descending, offset, limit, this);
    }

    /**
     * @param contentId one of the plugin's content items
     * @return this query, keeping only records tied to that item ({@link RecordStore#create(String, Map, Long,
     *         Long)})
     * @since 1.1.0
     */
    public RecordQuery about(long contentId) {
        return new RecordQuery(collection, conditions, ownerId, orderField, descending, offset, limit, contentId,
                readerId);
    }

    /**
     * @param viewer the person the records are shown to
     * @return this query, leaving out records tied to a content item the viewer may not read now (such as a page of
     *         a private space they are not a member of); records tied to no item stay
     * @since 1.1.0
     */
    public RecordQuery readableBy(Viewer viewer) {
        return new RecordQuery(collection, conditions, ownerId, orderField, descending, offset, limit, contentId,
                viewer.id());
    }

    /** @return the content item the records must be tied to, if any */
    public OptionalLong content() {
        return contentId == null ? OptionalLong.empty() : OptionalLong.of(contentId);
    }

    /** @return the person who must be able to read the records' content items, if any */
    public OptionalLong reader() {
        return readerId == null ? OptionalLong.empty() : OptionalLong.of(readerId);
    }

    /** @return the collection */
    public String collection() {
        return collection;
    }

    /**
     * @return the fields compared with one value, and that value, in the order given; a field given to
     *         {@link #whereIn} with several values is not among them
     */
    public Map<String, String> equalities() {
        Map<String, String> single = new LinkedHashMap<>();
        conditions.forEach((field, values) -> {
            if (values.size() == 1) {
                single.put(field, values.get(0));
            }
        });
        return Collections.unmodifiableMap(single);
    }

    /**
     * @return every compared field, in the order given, with the values one of which it must equal: one value for
     *         {@link #where}
     * @since 1.6.0
     */
    public Map<String, List<String>> conditions() {
        return conditions;
    }

    /** @return the owner the records must have, if any */
    public OptionalLong owner() {
        return ownerId == null ? OptionalLong.empty() : OptionalLong.of(ownerId);
    }

    /** @return the ordering field, or null for newest first */
    public String orderField() {
        return orderField;
    }

    /** @return true for a descending order */
    public boolean descending() {
        return descending;
    }

    /** @return how many records to skip */
    public int offset() {
        return offset;
    }

    /** @return the most records to return */
    public int limit() {
        return limit;
    }

    @Override
    public String toString() {
        return "RecordQuery[" + collection + " " + conditions + (ownerId == null ? "" : " owner " + ownerId)
                + (contentId == null ? "" : " about " + contentId) + (readerId == null ? "" : " for " + readerId)
                + (orderField == null ? "" : " by " + orderField + (descending ? " desc" : "")) + " " + offset
                + "+" + limit + "]";
    }
}
