package org.agora.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.it.probe.ProbeJar;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.PluginAdmin;
import org.agora.it.support.ProbeRecordStore;
import org.agora.it.support.TestAccounts;
import org.agora.plugins.api.RecordStore;
import org.agora.plugins.testkit.RecordStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The host's record store, on the running server and Derby, keeps the contract that the test kit's in-memory store
 * keeps: the same tests, each call sent through the probe plugin's {@code /records} page.
 */
@AgoraTest
class HostRecordStoreContractIT extends RecordStoreContract {

    private static final Path PROBE = Agora.SERVER_DIR.resolve("plugins").resolve("probe-plugin.jar");

    private static RecordStore store;

    @BeforeAll
    static void installProbe() {
        ProbeJar.write(PROBE, "1.0.0", "^1.1.0");
        PluginAdmin.rescanAsAdministrator();
        store = new ProbeRecordStore(TestAccounts.admin());
    }

    @AfterAll
    static void removeProbe() throws IOException {
        Files.deleteIfExists(PROBE);
    }

    @Override
    protected RecordStore store() {
        return store;
    }
}
