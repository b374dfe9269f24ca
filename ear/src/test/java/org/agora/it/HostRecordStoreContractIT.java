package org.agora.it;

import org.agora.it.probe.ProbeJar;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.ProbeRecordStore;
import org.agora.it.support.TestAccounts;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.testkit.RecordStoreContract;
import org.junit.jupiter.api.BeforeAll;

/**
 * The host's record store, on the running server and Derby, keeps the contract that the test kit's in-memory store
 * keeps: the same tests, each call sent through the probe plugin's {@code /records} page.
 */
@AgoraTest
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
}
