package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.it.probe.ProbeJar;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Alone;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The plugin storage benchmark: 100,000 records in one collection through the plugins API, then queries by a
 * field, in order and paged, on the real server and Derby. Run with
 * {@code ./mvnw verify -Dagora.bench=true -Dit.test=PluginStorageBenchIT}; the numbers go to the test's output and
 * to {@code target/plugin-storage-bench.txt}.
 */
@AgoraTest
@Alone
@EnabledIfSystemProperty(named = "agora.bench", matches = "true")
class PluginStorageBenchIT {

    private static final int RECORDS = 100_000;
    private static final int BATCH = 1_000;
    private static final Pattern MICROS = Pattern.compile("\"findMicros\":(\\d+).*\"countMicros\":(\\d+)|"
            + "\"countMicros\":(\\d+).*\"findMicros\":(\\d+)");

    @BeforeAll
    static void installProbe() {
        ProbeJar.installOnce();
    }

    @Test
    void queriesByAFieldStayFastAtAHundredThousandRecords() throws IOException {
        AgoraClient admin = TestAccounts.admin();
        admin.get("/");
        String collection = "bench" + Agora.unique("").replaceAll("[^A-Za-z0-9]", "");
        long start = System.nanoTime();
        for (int from = 0; from < RECORDS; from += BATCH) {
            Page seeded = admin.post("/m/probe/seed", Map.of("col", collection, "from", "" + from,
                    "n", "" + BATCH, "cats", "1000"));
            assertThat(seeded.body()).as(seeded.toString()).contains("\"stored\":" + BATCH);
        }
        long insertSeconds = (System.nanoTime() - start) / 1_000_000_000;
        List<String> lines = new ArrayList<>();
        lines.add("inserted " + RECORDS + " records (1,000 per call) in " + insertSeconds + " s");
        String base = "/m/probe/query?col=" + collection;
        long slowest = 0;
        for (var q : Map.of(
                "1 equality (100 matches), first 50", "&cat=c777&limit=50",
                "2 equality, ordered by another field, first 50", "&cat=c777&order=seq&limit=50",
                "3 whole collection ordered by a field, first 50", "&order=seq&limit=50",
                "4 whole collection ordered by a field, page at offset 50,000", "&order=seq&offset=50000&limit=50",
                "5 whole collection newest first, first 50", "&limit=50",
                "6 whole collection ordered by a field descending, first 50", "&order=seq&desc&limit=50").entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            admin.get(base + q.getValue());
            long best = Long.MAX_VALUE;
            long bestCount = Long.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                String body = admin.get(base + q.getValue()).body();
                Matcher m = MICROS.matcher(body);
                assertThat(m.find()).as(body).isTrue();
                long find = Long.parseLong(m.group(1) != null ? m.group(1) : m.group(4));
                long count = Long.parseLong(m.group(2) != null ? m.group(2) : m.group(3));
                best = Math.min(best, find);
                bestCount = Math.min(bestCount, count);
            }
            lines.add("%s: find %.1f ms, count %.1f ms (best of 5)".formatted(q.getKey(), best / 1000.0,
                    bestCount / 1000.0));
            slowest = Math.max(slowest, best);
        }
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "plugin-storage-bench.txt"), lines);
        assertThat(slowest).as("every query answers from an index: " + lines).isLessThan(1_000_000);
    }
}
