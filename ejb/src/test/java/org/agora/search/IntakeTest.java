package org.agora.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.agora.search.index.SearchIndex;
import org.agora.search.index.SearchItem;
import org.agora.search.index.SearchRequest;
import org.agora.spaces.model.ReadableSpaces;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One poisoned item in a batch: its changes fail, every other item of the batch reaches the index. */
class IntakeTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private SearchIndex index;
    private final List<Collection<Long>> loads = new ArrayList<>();

    @BeforeEach
    void open() throws IOException {
        index = new SearchIndex(new ByteBuffersDirectory(), 16);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private static SearchItem post(long id, String text) {
        return new SearchItem("post", id, 0, null, null, text, 1, "Ann Author", NOW, Set.of(), null, "/posts/" + id,
                null);
    }

    /** Posts 1 to 5 exist, 4 is gone; loading post 3 throws, as the container reports it. */
    private List<SearchItem> load(String type, Collection<Long> ids) {
        loads.add(List.copyOf(ids));
        if (!type.equals("post")) {
            throw new LoadFailed("IllegalStateException: No search source for items of type " + type, null);
        }
        if (ids.contains(3L)) {
            throw new EJBException(new IllegalArgumentException("broken row 3"));
        }
        return ids.stream().filter(id -> id != 4).map(id -> post(id, "harvest number " + id)).toList();
    }

    private long found(String word) throws IOException {
        return index.search(SearchRequest.of(word, ReadableSpaces.every(), 10)).total();
    }

    @Test
    void aPoisonedItemFailsAloneAndTheRestArrive() throws IOException {
        index.put(List.of(post(4, "harvest leftover")));
        index.commit();
        List<OutboxChange> batch = List.of(new OutboxChange(10, "post", 1), new OutboxChange(11, "post", 2),
                new OutboxChange(12, "post", 3), new OutboxChange(13, "post", 4), new OutboxChange(14, "post", 5),
                new OutboxChange(15, "post", 3), new OutboxChange(16, "wiki", 9));

        Intake.Result result = new Intake(this::load, index).take(batch);

        assertThat(result.done()).containsExactly(10L, 11L, 13L, 14L);
        assertThat(result.failed()).containsOnlyKeys(12L, 15L, 16L);
        assertThat(result.failed().get(12L)).isEqualTo("IllegalArgumentException: broken row 3");
        assertThat(result.failed().get(16L)).contains("No search source");
        assertThat(found("harvest")).as("1, 2 and 5 indexed, 4 deleted").isEqualTo(3);
        assertThat(found("leftover")).isZero();
        assertThat(loads).as("the batch, then item by item to find the culprit")
                .contains(List.of(1L, 2L, 3L, 4L, 5L), List.of(3L), List.of(5L));
    }

    @Test
    void anItemTheIndexRejectsFailsAloneToo() throws IOException {
        // a term longer than Lucene allows in a keyword field makes the index refuse the document
        SearchItem rejected = new SearchItem("post", 7, 0, null, null, "harvest", 1, "Ann", NOW,
                Set.of("x".repeat(40_000)), null, "/posts/7", null);
        Intake intake = new Intake((type, ids) -> ids.stream()
                .map(id -> id == 7 ? rejected : post(id, "harvest " + id)).toList(), index);

        Intake.Result result = intake.take(List.of(new OutboxChange(1, "post", 6), new OutboxChange(2, "post", 7),
                new OutboxChange(3, "post", 8)));

        assertThat(result.done()).containsExactly(1L, 3L);
        assertThat(result.failed()).containsOnlyKeys(2L);
        assertThat(found("harvest")).isEqualTo(2);
    }
}
