package org.agora.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.agora.spaces.model.ReadableSpaces;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Totals and facets estimated from a sample when many items match, exact when few do, permission-aware both ways. */
class CountingTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final int PUBLIC = 6_000;
    private static final int SECRET = 3_000;
    private static SearchIndex index;

    @BeforeAll
    static void fill() throws IOException {
        // low thresholds, so that a few thousand items are "many"
        index = new SearchIndex(new ByteBuffersDirectory(), 16, new Counting(100, 8, 200));
        List<SearchItem> items = new ArrayList<>();
        for (int i = 1; i <= PUBLIC + SECRET; i++) {
            boolean secret = i > PUBLIC;
            String text = "common status update " + (i % 500 == 0 ? "zebra" : "") + (secret ? " merger" : "");
            items.add(new SearchItem("post", i, secret ? 5 : 0, secret ? "Board" : null, null, text, 1 + i % 3,
                    "Author " + (1 + i % 3), NOW.minus(i % 400, ChronoUnit.DAYS), Set.of(i % 2 == 0 ? "even" : "odd"),
                    null, "/posts/" + i, null));
        }
        index.put(items);
        index.commit();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static Found find(String q, ReadableSpaces spaces) throws IOException {
        return index.search(new SearchRequest(QueryText.parse(q), spaces, null, null, null, null, null, false, 20,
                NOW));
    }

    @Test
    void manyMatchesAreEstimatedFromASampleOfWhatTheReaderMaySee() throws IOException {
        Found outsider = find("common", ReadableSpaces.only(List.of()));
        assertThat(outsider.estimated()).isTrue();
        assertThat((double) outsider.total()).isCloseTo(PUBLIC, within(PUBLIC * 0.15));
        assertThat(outsider.hits()).hasSize(20);
        assertThat(outsider.facets().get("space")).extracting(FacetCount::value).containsExactly("0");
        assertThat(outsider.facets().get("tag")).allSatisfy(tag ->
                assertThat((double) tag.count()).isCloseTo(PUBLIC / 2.0, within(PUBLIC * 0.15)));

        Found member = find("common", ReadableSpaces.only(List.of(5L)));
        assertThat((double) member.total()).isCloseTo(PUBLIC + SECRET, within((PUBLIC + SECRET) * 0.15));
        assertThat(member.facets().get("space")).extracting(FacetCount::value).containsExactlyInAnyOrder("0", "5");
        assertThat(find("merger", ReadableSpaces.only(List.of())).total()).as("secret words").isZero();
    }

    @Test
    void fewMatchesAreCountedExactly() throws IOException {
        Found zebra = find("zebra", ReadableSpaces.only(List.of()));
        assertThat(zebra.estimated()).isFalse();
        assertThat(zebra.total()).isEqualTo(PUBLIC / 500);
        Found all = find("zebra", ReadableSpaces.every());
        assertThat(all.total()).isEqualTo((PUBLIC + SECRET) / 500);
        assertThat(all.facets().get("space")).extracting(FacetCount::count).containsExactly(12L, 6L);
    }

    @Test
    void estimatesKeepTwoSignificantDigits() {
        assertThat(Counting.roughly(87)).isEqualTo(87);
        assertThat(Counting.roughly(412_345)).isEqualTo(410_000);
        assertThat(Counting.roughly(16_960)).isEqualTo(17_000);
    }

    @Test
    void sampleTakesOneWindowInEveryFewAcrossSegments() throws IOException {
        Sample sample = new Sample(4, 1);
        assertThat(sample.rate(1024)).isEqualTo(0.25);
        assertThat(sample.rate(100)).isEqualTo(1 / 100.0, within(1e-9));
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int segment : new int[] {200, 1000}) {
                for (int i = 0; i < segment; i++) {
                    writer.addDocument(new Document());
                }
                writer.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                LeafReaderContext second = reader.leaves().get(1);
                assertThat(second.docBase).isEqualTo(200);
                DocIdSetIterator windows = new IndexSearcher(reader)
                        .createWeight(sample, ScoreMode.COMPLETE_NO_SCORES, 1).scorer(second).iterator();
                // the segment holds documents 200 to 1199 of the index: windows 1 (128-255), 5 (640-767) and 9
                assertThat(windows.nextDoc()).isEqualTo(0);
                assertThat(windows.advance(55)).isEqualTo(55);
                assertThat(windows.nextDoc()).isEqualTo(640 - 200);
                assertThat(windows.advance(767 - 200 + 1)).isEqualTo(128 * 9 - 200);
                assertThat(windows.advance(999)).isEqualTo(999);
                assertThat(windows.nextDoc()).isEqualTo(DocIdSetIterator.NO_MORE_DOCS);
                int sampled = 128 + 128 + (1200 - 128 * 9);
                assertThat(new IndexSearcher(reader).count(sample)).isEqualTo(sampled);
                assertThat(sample.rate(1200)).isEqualTo(sampled / 1200.0, within(1e-9));
            }
        }
    }
}
