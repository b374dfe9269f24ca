package org.agora.plugins.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.StaleRecordException;
import org.agora.plugins.api.StoredRecord;
import org.junit.jupiter.api.Test;

/**
 * What plugins-api promises of a {@link RecordStore}, for every store: the test kit's in-memory one here, and the
 * host's real one through the running server ({@code HostRecordStoreContractIT} in the EAR module). Each test uses
 * collections of its own, so a store that keeps records between tests passes too.
 */
public abstract class RecordStoreContract {

    private static final AtomicInteger COLLECTIONS = new AtomicInteger();

    /** @return the store to check; it may be shared by the tests */
    protected abstract RecordStore store();

    /** @return a collection name no other test used */
    private static String fresh(String name) {
        return name + "_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "_"
                + COLLECTIONS.incrementAndGet();
    }

    @Test
    void aCreatedRecordHasAnIdAVersionAndItsFields() {
        String pages = fresh("pages");
        StoredRecord r = store().create(pages, Map.of("title", "Plan", "body", "Step one"));
        assertThat(r.collection()).isEqualTo(pages);
        assertThat(r.fields()).isEqualTo(Map.of("title", "Plan", "body", "Step one"));
        assertThat(r.ownerId()).isNull();
        StoredRecord read = store().get(pages, r.id()).orElseThrow();
        assertThat(read.version()).isEqualTo(r.version());
        assertThat(read.fields()).isEqualTo(r.fields());
    }

    @Test
    void aRecordIsFoundOnlyInItsOwnCollection() {
        String pages = fresh("pages");
        StoredRecord r = store().create(pages, Map.of("title", "A"));
        assertThat(store().get(fresh("drafts"), r.id())).isEmpty();
        assertThat(store().delete(fresh("drafts"), r.id())).isFalse();
        assertThat(store().get(pages, r.id())).isPresent();
    }

    @Test
    void anUpdateAtTheVersionReadReplacesTheFieldsAndGrowsTheVersion() {
        String pages = fresh("pages");
        StoredRecord r = store().create(pages, Map.of("title", "A", "draft", "yes"));
        StoredRecord updated = store().update(pages, r.id(), r.version(), Map.of("title", "B"));
        assertThat(updated.version()).isGreaterThan(r.version());
        assertThat(updated.fields()).as("replaced, not merged").isEqualTo(Map.of("title", "B"));
        assertThat(store().get(pages, r.id()).orElseThrow().fields()).isEqualTo(Map.of("title", "B"));
    }

    @Test
    void theSecondOfTwoUpdatesReadAtTheSameVersionIsStaleAndChangesNothing() {
        String pages = fresh("pages");
        StoredRecord read = store().create(pages, Map.of("title", "A"));
        StoredRecord first = store().update(pages, read.id(), read.version(), Map.of("title", "by Ann"));
        assertThatThrownBy(() -> store().update(pages, read.id(), read.version(), Map.of("title", "by Bob")))
                .isInstanceOf(StaleRecordException.class);
        StoredRecord stored = store().get(pages, read.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(first.version());
        assertThat(stored.fields()).isEqualTo(Map.of("title", "by Ann"));
        assertThat(store().update(pages, read.id(), first.version(), Map.of("title", "by Bob, after Ann"))
                .fields()).containsEntry("title", "by Bob, after Ann");
    }

    @Test
    void anUpdateOfADeletedRecordIsStale() {
        String pages = fresh("pages");
        StoredRecord r = store().create(pages, Map.of("title", "A"));
        assertThat(store().delete(pages, r.id())).isTrue();
        assertThat(store().delete(pages, r.id())).as("deleted once").isFalse();
        assertThat(store().get(pages, r.id())).isEmpty();
        assertThatThrownBy(() -> store().update(pages, r.id(), r.version(), Map.of("title", "B")))
                .isInstanceOf(StaleRecordException.class);
    }

    @Test
    void findByMatchesTheWholeValueExactlyNewestFirst() {
        String notes = fresh("notes");
        StoredRecord older = store().create(notes, Map.of("tag", "java"));
        store().create(notes, Map.of("tag", "Java"));
        store().create(notes, Map.of("tag", "javascript"));
        StoredRecord newer = store().create(notes, Map.of("tag", "java"));
        assertThat(store().findBy(notes, "tag", "java")).extracting(StoredRecord::id)
                .containsExactly(newer.id(), older.id());
    }

    @Test
    void aQueryFiltersOrdersPagesAndCounts() {
        String tasks = fresh("tasks");
        for (int i = 1; i <= 12; i++) {
            store().create(tasks, Map.of("status", i % 3 == 0 ? "done" : "open", "due", "2026-12-%02d".formatted(i)));
        }
        store().create(tasks, Map.of("status", "open"));
        RecordQuery open = RecordQuery.in(tasks).where("status", "open");
        assertThat(store().count(open)).isEqualTo(9);
        assertThat(store().find(open.orderBy("due").offset(2).limit(3))).extracting(r -> r.fields().get("due"))
                .containsExactly("2026-12-04", "2026-12-05", "2026-12-07");
        assertThat(store().find(open.orderByDescending("due").limit(1))).extracting(r -> r.fields().get("due"))
                .containsExactly("2026-12-11");
        assertThat(store().find(open.orderBy("due").limit(500))).as("records without the field are left out")
                .hasSize(8);
        assertThat(store().find(open.limit(1)).get(0).fields()).as("newest first").doesNotContainKey("due");
    }

    @Test
    void aFieldComparedWithSeveralValuesMatchesAnyOfThem() {
        String events = fresh("events");
        for (String month : List.of("2026-10", "2026-11", "2026-12", "2027-01")) {
            store().create(events, Map.of("calendar", "company", "month", month, "at", month + "-05"));
            store().create(events, Map.of("calendar", "personal", "month", month, "at", month + "-06"));
        }
        RecordQuery months = RecordQuery.in(events).where("calendar", "company")
                .whereIn("month", List.of("2026-11", "2026-12", "2027-03"));
        assertThat(store().find(months.orderBy("at"))).extracting(r -> r.fields().get("at"))
                .containsExactly("2026-11-05", "2026-12-05");
        assertThat(store().count(months)).isEqualTo(2);
        assertThat(store().countBy(RecordQuery.in(events).whereIn("month", List.of("2026-10", "2027-01")), "calendar"))
                .containsEntry("company", 2L).containsEntry("personal", 2L).hasSize(2);
        assertThat(store().find(RecordQuery.in(events).whereIn("month", List.of("2026-12")).limit(10)))
                .as("one value, as where").hasSize(2);
    }

    @Test
    void aQueryByOwnerFindsOnlyThatPersonsRecords() {
        String notes = fresh("notes");
        StoredRecord mine = store().create(notes, Map.of("text", "mine"), 7L);
        store().create(notes, Map.of("text", "theirs"), 8L);
        store().create(notes, Map.of("text", "nobody's"));
        assertThat(mine.ownerId()).isEqualTo(7L);
        assertThat(store().find(RecordQuery.in(notes).ownedBy(7))).extracting(r -> r.fields().get("text"))
                .containsExactly("mine");
    }

    @Test
    void countByCountsTheMatchingRecordsOfEachValueInOneStep() {
        String votes = fresh("votes");
        store().createAll(votes, List.of(Map.of("poll", "1", "choice", "tea"), Map.of("poll", "1", "choice", "coffee"),
                Map.of("poll", "1", "choice", "tea"), Map.of("poll", "2", "choice", "tea"), Map.of("poll", "1")));
        store().create(votes, Map.of("poll", "1", "choice", "water"), 7L);
        assertThat(store().countBy(RecordQuery.in(votes).where("poll", "1"), "choice"))
                .as("records without the field are not counted")
                .containsExactlyInAnyOrderEntriesOf(Map.of("tea", 2L, "coffee", 1L, "water", 1L));
        assertThat(store().countBy(RecordQuery.in(votes).where("poll", "1").ownedBy(7), "choice"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("water", 1L));
        assertThat(store().countBy(RecordQuery.in(votes).orderBy("choice").limit(1), "poll"))
                .as("order and page do not matter").containsExactlyInAnyOrderEntriesOf(Map.of("1", 5L, "2", 1L));
        assertThat(store().countBy(RecordQuery.in(votes).where("poll", "3"), "choice")).isEmpty();
        assertThatThrownBy(() -> store().countBy(RecordQuery.in(votes), "bad name"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listShowsTheMostRecentlyUpdatedFirstAPageAtATime() {
        String items = fresh("items");
        StoredRecord a = store().create(items, Map.of("n", "a"));
        StoredRecord b = store().create(items, Map.of("n", "b"));
        StoredRecord c = store().create(items, Map.of("n", "c"));
        store().update(items, a.id(), a.version(), Map.of("n", "a2"));
        assertThat(store().list(items, 0, 10)).extracting(StoredRecord::id).containsExactly(a.id(), c.id(), b.id());
        assertThat(store().list(items, 1, 1)).extracting(StoredRecord::id).containsExactly(c.id());
    }

    @Test
    void createAllStoresABatchOrNothing() {
        String rows = fresh("rows");
        assertThat(store().createAll(rows, List.of(Map.of("n", "1"), Map.of("n", "2")))).isEqualTo(2);
        assertThatThrownBy(() -> store().createAll(rows, List.of(Map.of("n", "3"), Map.of("bad name", "4"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store().count(RecordQuery.in(rows))).isEqualTo(2);
    }

    @Test
    void badCollectionAndFieldNamesAreRefused() {
        assertThatThrownBy(() -> store().create("pages; drop", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().create(fresh("pages"), Map.of("a b", "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().findBy(fresh("pages"), "x y", "z"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUniqueKeyIsTakenOnceInItsCollectionUntilItsRecordIsDeleted() {
        String votes = fresh("votes");
        StoredRecord first = store().createUnique(votes, "idea-1/person-7", Map.of("idea", "1"), 7L, null)
                .orElseThrow();
        assertThat(first.ownerId()).isEqualTo(7L);
        assertThat(store().createUnique(votes, "idea-1/person-7", Map.of("idea", "1"), 7L, null)).isEmpty();
        assertThat(store().createUnique(votes, "idea-2/person-7", Map.of("idea", "2"), 7L, null)).isPresent();
        assertThat(store().createUnique(fresh("likes"), "idea-1/person-7", Map.of(), 7L, null))
                .as("another collection").isPresent();
        assertThat(store().count(RecordQuery.in(votes).where("idea", "1"))).isEqualTo(1);

        store().delete(votes, first.id());
        assertThat(store().createUnique(votes, "idea-1/person-7", Map.of("idea", "1"), 7L, null))
                .as("the key is free again").isPresent();
        assertThatThrownBy(() -> store().createUnique(votes, "", Map.of(), null, null))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void racingCreationsWithOneKeyStoreOneRecord() throws Exception {
        String votes = fresh("votes");
        List<Optional<StoredRecord>> results = race(6,
                () -> store().createUnique(votes, "idea-9/person-3", Map.of("idea", "9"), 3L, null));
        assertThat(results.stream().filter(Optional::isPresent)).hasSize(1);
        assertThat(store().count(RecordQuery.in(votes))).isEqualTo(1);
    }

    @Test
    void createIfFewerStopsAtTheLimitOfMatchingRecords() {
        String thanks = fresh("thanks");
        RecordQuery thisWeek = RecordQuery.in(thanks).where("from", "7").where("week", "2026-W49");
        for (int i = 0; i < 3; i++) {
            assertThat(store().createIfFewer(thisWeek, 3, Map.of("from", "7", "week", "2026-W49"), 7L)).isPresent();
        }
        assertThat(store().createIfFewer(thisWeek, 3, Map.of("from", "7", "week", "2026-W49"), 7L)).isEmpty();
        assertThat(store().createIfFewer(RecordQuery.in(thanks).where("from", "8"), 3, Map.of("from", "8"), 8L))
                .as("another person's count").isPresent();
        assertThat(store().count(thisWeek)).isEqualTo(3);
    }

    @Test
    void racingCreationsNeverPassTheLimit() throws Exception {
        String thanks = fresh("thanks");
        RecordQuery mine = RecordQuery.in(thanks).where("from", "5");
        List<Optional<StoredRecord>> results = race(6,
                () -> store().createIfFewer(mine, 2, Map.of("from", "5"), 5L));
        assertThat(results.stream().filter(Optional::isPresent)).hasSize(2);
        assertThat(store().count(mine)).isEqualTo(2);
    }

    /** Runs the same call on {@code n} threads released at once. */
    private static <T> List<T> race(int n, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
