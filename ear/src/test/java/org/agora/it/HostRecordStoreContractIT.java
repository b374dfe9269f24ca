package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.agora.it.probe.ProbeJar;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Alone;
import org.agora.it.support.ProbeRecordStore;
import org.agora.it.support.TestAccounts;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.StaleRecordException;
import org.agora.plugins.api.StoredRecord;
import org.agora.plugins.testkit.RecordStoreContract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The host's record store, on the running server and Derby, keeps the contract that the test kit's in-memory store
 * keeps: the same tests, each call sent through the probe plugin's {@code /records} page.
 */
@AgoraTest
@Alone
class HostRecordStoreContractIT extends RecordStoreContract {

    private static RecordStore store;

    @BeforeAll
    static void installProbe() {
        ProbeJar.installOnce();
        store = new ProbeRecordStore(TestAccounts.admin());
    }

    @Override
    protected RecordStore store() {
        return store;
    }

    /**
     * Requests that update one record at the same moment, each from the version it read, lose nothing: each update
     * either lands or is refused as stale and tried again, as the surveys' tallies and rolls do.
     */
    @Test
    void updatesRacingOnOneRecordLoseNoChange() throws Exception {
        StoredRecord counter = store.create("race", Map.of("n", "0", "note", "a field row to lock"));
        int threads = 6;
        int each = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    RecordStore mine = new ProbeRecordStore(TestAccounts.admin());
                    int stale = 0;
                    for (int i = 0; i < each; i++) {
                        while (true) {
                            StoredRecord r = mine.get("race", counter.id()).orElseThrow();
                            try {
                                mine.update("race", r.id(), r.version(), Map.of("n",
                                        String.valueOf(Long.parseLong(r.fields().get("n")) + 1), "note", "again"));
                                break;
                            } catch (StaleRecordException someoneElse) {
                                stale++;
                            }
                        }
                    }
                    return stale;
                }));
            }
            for (Future<Integer> d : done) {
                d.get();
            }
        } finally {
            pool.shutdownNow();
        }
        StoredRecord last = store.get("race", counter.id()).orElseThrow();
        assertThat(last.fields().get("n")).isEqualTo(String.valueOf(threads * each));
        assertThat(last.version() - counter.version()).isEqualTo(threads * each);
    }

    /**
     * Requests that each add themselves to one record found by a field, at the same moment, as the surveys' roll of
     * who answered is: every read shows all the record's fields, with their former or their new values, and every
     * addition lands.
     */
    @Test
    void recordsFoundWhileOthersUpdateThemShowAllTheirFields() throws Exception {
        String survey = "s" + System.nanoTime();
        store.create("roll", Map.of("survey", survey, "people", ",", "note", "kept"));
        RecordQuery bySurvey = RecordQuery.in("roll").where("survey", survey).limit(1);
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Map<String, String>>>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String me = String.valueOf(t);
                done.add(pool.submit(() -> {
                    RecordStore mine = new ProbeRecordStore(TestAccounts.admin());
                    List<Map<String, String>> seen = new ArrayList<>();
                    for (int i = 0; i < 5; i++) {
                        while (true) {
                            StoredRecord roll = mine.find(bySurvey).getFirst();
                            seen.add(roll.fields());
                            String people = roll.fields().getOrDefault("people", "");
                            try {
                                mine.update("roll", roll.id(), roll.version(), Map.of("survey", survey,
                                        "people", people + me + "." + i + ",", "note", "kept"));
                                break;
                            } catch (StaleRecordException someoneElse) {
                                Thread.onSpinWait();
                            }
                        }
                    }
                    return seen;
                }));
            }
            for (Future<List<Map<String, String>>> d : done) {
                assertThat(d.get()).allSatisfy(fields ->
                        assertThat(fields).containsOnlyKeys("survey", "people", "note"));
            }
        } finally {
            pool.shutdownNow();
        }
        String people = store.find(bySurvey).getFirst().fields().get("people");
        assertThat(people.split(",")).as(people).hasSize(1 + threads * 5);
    }
}
