package org.agora.plugins.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.StaleRecordException;
import org.agora.plugins.api.StoredRecord;
import org.junit.jupiter.api.Test;

class InMemoryRecordStoreTest {

    private final InMemoryRecordStore store = new InMemoryRecordStore();

    @Test
    void anUpdateOfAnOldVersionIsRefused() {
        StoredRecord r = store.create("pages", Map.of("title", "A"));
        StoredRecord updated = store.update("pages", r.id(), r.version(), Map.of("title", "B"));
        assertThat(updated.version()).isEqualTo(r.version() + 1);
        assertThatThrownBy(() -> store.update("pages", r.id(), r.version(), Map.of("title", "C")))
                .isInstanceOf(StaleRecordException.class);
        store.delete("pages", r.id());
        assertThatThrownBy(() -> store.update("pages", r.id(), updated.version(), Map.of()))
                .isInstanceOf(StaleRecordException.class);
    }

    @Test
    void recordsOfAnotherCollectionAreNotSeen() {
        StoredRecord r = store.create("pages", Map.of("title", "A"));
        assertThat(store.get("drafts", r.id())).isEmpty();
        assertThat(store.delete("drafts", r.id())).isFalse();
    }

    @Test
    void badNamesAreRefused() {
        assertThatThrownBy(() -> store.create("pages; drop", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.create("pages", Map.of("a b", "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aQueryFiltersOrdersAndPages() {
        IntStream.rangeClosed(1, 30).forEach(i -> store.create("tasks",
                Map.of("status", i % 3 == 0 ? "done" : "open", "due", "2026-12-%02d".formatted(i))));
        store.create("tasks", Map.of("status", "open"));
        RecordQuery open = RecordQuery.in("tasks").where("status", "open");
        assertThat(store.count(open)).isEqualTo(21);
        List<StoredRecord> page = store.find(open.orderBy("due").offset(2).limit(3));
        assertThat(page).extracting(r -> r.fields().get("due"))
                .containsExactly("2026-12-04", "2026-12-05", "2026-12-07");
        assertThat(store.find(open.orderByDescending("due").limit(1))).extracting(r -> r.fields().get("due"))
                .containsExactly("2026-12-29");
        assertThat(store.find(open.orderBy("due").limit(500))).as("records without the field are left out")
                .hasSize(20);
        assertThat(store.find(open.limit(1)).get(0).fields()).as("newest first").doesNotContainKey("due");
    }

    @Test
    void equalityComparesTheFirst200Characters() {
        String longValue = "x".repeat(200);
        store.create("notes", Map.of("text", longValue + "tail one"));
        assertThat(store.find(RecordQuery.in("notes").where("text", longValue + "another tail"))).hasSize(1);
        assertThat(store.findBy("notes", "text", longValue + "another tail")).as("findBy is exact").isEmpty();
    }

    @Test
    void ownedRecordsAreFoundByOwner() {
        store.create("notes", Map.of("text", "mine"), 7L);
        store.create("notes", Map.of("text", "theirs"), 8L);
        store.create("notes", Map.of("text", "nobody's"));
        assertThat(store.find(RecordQuery.in("notes").ownedBy(7))).extracting(r -> r.fields().get("text"))
                .containsExactly("mine");
    }

    @Test
    void createAllStoresABatchOrRefusesItWhole() {
        assertThat(store.createAll("rows", List.of(Map.of("n", "1"), Map.of("n", "2")))).isEqualTo(2);
        assertThatThrownBy(() -> store.createAll("rows", List.of(Map.of("n", "3"), Map.of("bad name", "4"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.count(RecordQuery.in("rows"))).isEqualTo(2);
    }
}
