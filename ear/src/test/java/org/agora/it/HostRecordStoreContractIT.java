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
import org.agora.it.support.ProbeRecordStore;
import org.agora.it.support.TestAccounts;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.api.StaleRecordException;
import org.agora.plugins.api.StoredRecord;
import org.agora.plugins.testkit.RecordStoreContract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The host's record store, on the running server and Derby, keeps the contract that the test kit's in-memory store
 * keeps: the same tests, each call sent through the probe plugin's {@code /records} page.
 */
@AgoraTest
@Isolated
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
}
