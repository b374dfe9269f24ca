package org.agora.search.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.agora.search.index.QueryText;
import org.agora.search.index.SearchIndex;
import org.agora.search.index.SearchItem;
import org.agora.search.index.SearchRequest;
import org.agora.spaces.model.ReadableSpaces;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Indexes a million synthetic posts the way a rebuild does, then measures the latency of a mix of searches as
 * readers run them: permission filter, facets, snippets and the recency boost included.
 *
 * <p>Run with {@code ./mvnw -q verify -Pbench -DskipITs} (sizes: {@code -Dbench.posts=N -Dbench.queries=N};
 * {@code -Dbench.reuse=true} queries the index of the previous run again); results go to the console and to
 * {@code ejb/target/bench-results.md}.
 */
@Tag("bench")
class SearchBenchmark {

    private static final int POSTS = Integer.getInteger("bench.posts", 1_000_000);
    private static final int QUERIES = Integer.getInteger("bench.queries", 2_000);
    private static final int THREADS = Integer.getInteger("bench.threads", 2);
    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    @Test
    void indexAMillionPostsAndMeasureQueryLatency() throws Exception {
        Path folder = Path.of("target", "bench-index");
        boolean reuse = Boolean.getBoolean("bench.reuse") && Files.exists(folder);
        if (Files.exists(folder) && !reuse) {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(folder);
        StringBuilder report = new StringBuilder();
        try (SearchIndex index = new SearchIndex(FSDirectory.open(folder), 256)) {
            if (!reuse) {
                double seconds = index(index);
                String indexing = String.format(Locale.ROOT,
                        "Indexed %,d posts with %d threads in %.1f s: %,.0f posts/s%n", POSTS, THREADS, seconds,
                        POSTS / seconds);
                report.append(indexing);
                System.out.print(indexing);
            }
            assertThat(index.size()).isEqualTo(POSTS);
            report.append(queries(index));
        }
        System.out.print(report);
        Files.writeString(Path.of("target", "bench-results.md"), report);
    }

    private static double index(SearchIndex index) throws Exception {
        SyntheticPosts posts = new SyntheticPosts(NOW);
        AtomicLong next = new AtomicLong(1);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                List<SearchItem> batch = new ArrayList<>(1000);
                long id;
                while ((id = next.getAndIncrement()) <= POSTS) {
                    batch.add(posts.post(id));
                    if (batch.size() == 1000) {
                        index.put(batch);
                        batch.clear();
                    }
                }
                index.put(batch);
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        index.commit();
        return (System.nanoTime() - start) / 1e9;
    }

    private static final List<String> KINDS = List.of("common word", "two words", "phrase", "prefix*",
            "typo", "a OR b", "a -b", "French word", "name", "rare word");

    /** The mix: plain words, two words, a phrase, a prefix, a typo, OR, an exclusion, French, a name; some by date. */
    private static List<String> mix(SplittableRandom random) {
        String common = SyntheticPosts.ENGLISH[random.nextInt(40)];
        String other = SyntheticPosts.ENGLISH[random.nextInt(60)];
        String rare = SyntheticPosts.rare(200 + random.nextInt(2000));
        String french = SyntheticPosts.FRENCH[random.nextInt(40)];
        String name = SyntheticPosts.LAST[random.nextInt(SyntheticPosts.LAST.length)];
        return List.of(common, common + " " + other, "\"" + common + " " + other + "\"", rare.substring(0, 4) + "*",
                rare + "x", rare + " OR " + other, common + " -" + other, french, name.toLowerCase(Locale.ROOT),
                rare);
    }

    /** @return the system's load average: above the number of cores, other work slows the searches down */
    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String queries(SearchIndex index) throws IOException {
        double load = loadAverage();
        SplittableRandom random = new SplittableRandom(42);
        List<SearchRequest> requests = new ArrayList<>();
        for (int i = 0; i < QUERIES + 200; i++) {
            List<String> mix = mix(random);
            String text = mix.get(i % mix.size());
            // a reader of 20 spaces, as most employees are; every tenth search is an administrator's
            ReadableSpaces spaces = i % 10 == 0 ? ReadableSpaces.every()
                    : ReadableSpaces.only(random.longs(20, 1, SyntheticPosts.SPACES + 1).boxed().toList());
            requests.add(new SearchRequest(QueryText.parse(text), spaces, null, null, null, null, null,
                    i % 4 == 3, 20, NOW));
        }
        for (SearchRequest warmUp : requests.subList(0, 200)) {
            index.search(warmUp);
        }
        long[] nanos = new long[QUERIES];
        long[][] byKind = new long[KINDS.size()][QUERIES / KINDS.size() + 1];
        long totalHits = 0;
        for (int i = 0; i < QUERIES; i++) {
            long start = System.nanoTime();
            totalHits += index.search(requests.get(200 + i)).total();
            nanos[i] = System.nanoTime() - start;
            byKind[(200 + i) % KINDS.size()][i / KINDS.size()] = nanos[i];
        }
        Arrays.sort(nanos);
        StringBuilder kinds = new StringBuilder("\n| query kind | p50 ms | p95 ms |\n|---|---|---|\n");
        for (int k = 0; k < KINDS.size(); k++) {
            long[] times = Arrays.copyOf(byKind[k], QUERIES / KINDS.size());
            Arrays.sort(times);
            kinds.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f |%n", KINDS.get(k), ms(times, 0.5),
                    ms(times, 0.95)));
        }
        return kinds.insert(0, String.format(Locale.ROOT,
                "%,d searches (words, phrases, prefixes, typos, OR, exclusions, French, names; a quarter by date; "
                        + "permission filter, 5 facets, snippets of the top 20): p50 %.1f ms, p95 %.1f ms, "
                        + "p99 %.1f ms, max %.1f ms; %,d matches on average%n",
                QUERIES, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[QUERIES - 1] / 1e6,
                totalHits / QUERIES) + String.format(Locale.ROOT, "load average before %.2f, after %.2f%n", load,
                loadAverage())).toString();
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
