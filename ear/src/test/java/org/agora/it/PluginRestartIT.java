package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.OwnDeployment;
import org.agora.it.support.PluginAdmin;
import org.agora.it.support.PluginJar;
import org.agora.it.support.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The database is the source of truth for plugins: after a restart, a node whose plugins folder lost the jar (as a
 * new node has none) gets it back from the database, with the state the administrators chose.
 */
@OwnDeployment
class PluginRestartIT {

    private static final String DEPLOYMENT = "agora";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = DEPLOYMENT, testable = false, managed = false)
    static EnterpriseArchive agora() {
        return Agora.ear();
    }

    @Test
    void aRestartedNodeWithoutTheJarTakesItAndItsStateFromTheDatabase() throws IOException {
        String id = Agora.unique("lcrestart");
        String note = Agora.unique("survives");
        deployer.deploy(DEPLOYMENT);
        try {
            AgoraClient admin = TestAccounts.admin();
            PluginAdmin plugins = new PluginAdmin(admin);
            plugins.install(id + ".jar", PluginJar.sample(id, "1.0.0").bytes());
            admin.get("/m/" + id + "/");
            assertThat(admin.post("/m/" + id + "/notes", Map.of("text", note)).status()).isEqualTo(303);
            assertThat(plugins.press(id, "disable", Map.of()).status()).isEqualTo(303);
            assertThat(plugins.press(id, "force", Map.of("forcing", "ON")).status()).isEqualTo(303);
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
        Files.delete(PluginAdmin.FOLDER.resolve(id + "-1.0.0.jar"));

        deployer.deploy(DEPLOYMENT);
        try {
            AgoraClient admin = TestAccounts.admin();
            PluginAdmin plugins = new PluginAdmin(admin);
            assertThat(PluginAdmin.files(id)).as("written from the database").containsExactly(id + "-1.0.0.jar");
            assertThat(plugins.row(id)).contains(">DISABLED<").contains("plugin-forcing");
            assertThat(admin.get("/m/" + id + "/").status()).isEqualTo(404);
            assertThat(plugins.press(id, "enable", Map.of()).status()).isEqualTo(303);
            assertThat(admin.get("/m/" + id + "/").body()).contains("Sample 1.0.0").contains(note);
            plugins.remove(id);
            assertThat(PluginAdmin.files(id)).isEmpty();
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }
}
