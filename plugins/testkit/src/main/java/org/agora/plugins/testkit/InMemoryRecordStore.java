package org.agora.plugins.testkit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.StaleRecordException;
import org.agora.plugins.api.StoredRecord;

/**
 * A {@link RecordStore} in memory with the host's semantics: names of 1 to 64 letters, digits, {@code -} or
 * {@code _}; optimistic locking; lookups and queries comparing the first 200 characters of a value; ordered
 * queries leaving out records without the ordering field; pages of at most 500 (lists) and batches of at most
 * 1,000 (createAll). Thread-safe, so periodic tasks and handlers may share it.
 */
public class InMemoryRecordStore implements RecordStore {

    static final int KEY_LENGTH = 200;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final Map<Long, StoredRecord> records = new TreeMap<>();
    private final Map<Long, String> uniqueKeys = new HashMap<>();
    private final Clock clock;
    private long lastId;
    private LongPredicate contents = id -> true;

    /** A store whose records take their times from the system clock. */
    public InMemoryRecordStore() {
        this(Clock.systemUTC());
    }

    /** A store whose records take their times from {@code clock}. */
    public InMemoryRecordStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public StoredRecord create(String collection, Map<String, String> fields) {
        return create(collection, fields, null);
    }

    @Override
    public synchronized StoredRecord create(String collection, Map<String, String> fields, Long ownerId) {
        return create(collection, fields, ownerId, null);
    }

    @Override
    public synchronized StoredRecord create(String collection, Map<String, String> fields, Long ownerId,
                                            Long contentId) {
        checkNames(collection, fields);
        if (contentId != null && !contents.test(contentId)) {
            throw new IllegalArgumentException("no content item " + contentId + " of this plugin");
        }
        Instant now = clock.instant();
        StoredRecord record = new StoredRecord(++lastId, collection, 1, fields, now, now, ownerId, contentId);
        records.put(record.id(), record);
        return record;
    }

    @Override
    public synchronized Optional<StoredRecord> createUnique(String collection, String key, Map<String, String> fields,
                                                         Long ownerId, Long contentId) {
        if (key == null || key.isEmpty() || key.length() > 200) {
            throw new IllegalArgumentException("a record key has 1 to 200 characters");
        }
        String scoped = collection + "\n" + key;
        if (uniqueKeys.containsValue(scoped)) {
            return Optional.empty();
        }
        StoredRecord record = create(collection, fields, ownerId, contentId);
        uniqueKeys.put(record.id(), scoped);
        return Optional.of(record);
    }

    @Override
    public synchronized Optional<StoredRecord> createIfFewer(RecordQuery query, long limit,
                                                          Map<String, String> fields, Long ownerId) {
        if (limit < 1) {
            throw new IllegalArgumentException("a limit is at least 1");
        }
        return count(query) >= limit ? Optional.empty()
                : Optional.of(create(query.collection(), fields, ownerId, null));
    }

    /** Deletes the records about a content item, as the host does when the item goes. */
    synchronized void deleteAbout(long contentId) {
        records.values().removeIf(r -> Long.valueOf(contentId).equals(r.contentId()));
        uniqueKeys.keySet().retainAll(records.keySet());
    }

    /** Accepts records about the content items that {@code known} accepts, such as a test host's items. */
    synchronized void contentItems(LongPredicate known) {
        contents = known;
    }

    @Override
    public synchronized int createAll(String collection, List<Map<String, String>> batch) {
        if (batch.size() > 1_000) {
            throw new IllegalArgumentException("at most 1000 records at once");
        }
        batch.forEach(fields -> checkNames(collection, fields));
        batch.forEach(fields -> create(collection, fields, null));
        return batch.size();
    }

    @Override
    public synchronized Optional<StoredRecord> get(String collection, long id) {
        checkName(collection);
        return Optional.ofNullable(records.get(id)).filter(r -> r.collection().equals(collection));
    }

    @Override
    public synchronized StoredRecord update(String collection, long id, long expectedVersion,
                                            Map<String, String> fields) {
        checkNames(collection, fields);
        StoredRecord old = get(collection, id)
                .orElseThrow(() -> new StaleRecordException("record " + id + " no longer exists"));
        if (old.version() != expectedVersion) {
            throw new StaleRecordException("record " + id + " changed since version " + expectedVersion);
        }
        StoredRecord updated = new StoredRecord(id, collection, old.version() + 1, fields, old.createdAt(),
                clock.instant(), old.ownerId(), old.contentId());
        records.put(id, updated);
        return updated;
    }

    @Override
    public synchronized boolean delete(String collection, long id) {
        boolean deleted = get(collection, id).map(r -> records.remove(id) != null).orElse(false);
        uniqueKeys.remove(id);
        return deleted;
    }

    @Override
    public synchronized List<StoredRecord> findBy(String collection, String field, String value) {
        checkName(collection);
        checkName(field);
        return in(collection).filter(r -> value.equals(r.fields().get(field)))
                .sorted(Comparator.comparing(StoredRecord::updatedAt).reversed()).toList();
    }

    @Override
    public synchronized List<StoredRecord> list(String collection, int offset, int limit) {
        checkName(collection);
        return in(collection).sorted(Comparator.comparing(StoredRecord::updatedAt)
                        .thenComparing(StoredRecord::id).reversed())
                .skip(Math.max(0, offset)).limit(Math.clamp(limit, 1, 500)).toList();
    }

    @Override
    public synchronized List<StoredRecord> find(RecordQuery query) {
        Stream<StoredRecord> matching = matching(query);
        String order = query.orderField();
        Comparator<StoredRecord> comparator;
        if (order == null) {
            comparator = Comparator.comparingLong(StoredRecord::id).reversed();
        } else {
            matching = matching.filter(r -> r.fields().containsKey(order));
            comparator = Comparator.comparing((StoredRecord r) -> key(r.fields().get(order)))
                    .thenComparingLong(StoredRecord::id);
            if (query.descending()) {
                comparator = comparator.reversed();
            }
        }
        return matching.sorted(comparator).skip(query.offset()).limit(query.limit()).toList();
    }

    @Override
    public synchronized long count(RecordQuery query) {
        return matching(query).count();
    }

    @Override
    public synchronized Map<String, Long> countBy(RecordQuery query, String field) {
        checkName(field);
        return matching(query).filter(r -> r.fields().containsKey(field))
                .collect(Collectors.groupingBy(r -> key(r.fields().get(field)), TreeMap::new, Collectors.counting()));
    }

    /** @return every record, of every collection, in creation order: for assertions */
    public synchronized List<StoredRecord> all() {
        return new ArrayList<>(records.values());
    }

    private Stream<StoredRecord> matching(RecordQuery query) {
        checkName(query.collection());
        query.conditions().keySet().forEach(InMemoryRecordStore::checkName);
        return in(query.collection())
                .filter(r -> query.owner().isEmpty() || Long.valueOf(query.owner().getAsLong()).equals(r.ownerId()))
                .filter(r -> query.content().isEmpty()
                        || Long.valueOf(query.content().getAsLong()).equals(r.contentId()))
                .filter(r -> query.conditions().entrySet().stream().allMatch(e ->
                        r.fields().containsKey(e.getKey()) && e.getValue().stream()
                                .anyMatch(v -> key(r.fields().get(e.getKey())).equals(key(v)))));
    }

    private Stream<StoredRecord> in(String collection) {
        return records.values().stream().filter(r -> r.collection().equals(collection));
    }

    static String key(String value) {
        return value.length() <= KEY_LENGTH ? value : value.substring(0, KEY_LENGTH);
    }

    private static void checkNames(String collection, Map<String, String> fields) {
        checkName(collection);
        fields.keySet().forEach(InMemoryRecordStore::checkName);
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a valid collection or field name: " + name);
        }
    }
}
