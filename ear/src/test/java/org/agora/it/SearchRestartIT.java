package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.Folders;
import org.agora.it.support.OwnDeployment;
import org.agora.it.support.TestAccounts;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** The search index is rebuilt from the database when Agora starts without it. */
@OwnDeployment
class SearchRestartIT {

    private static final String DEPLOYMENT = "agora";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = DEPLOYMENT, testable = false, managed = false)
    static EnterpriseArchive agora() {
        return Agora.ear();
    }

    @Test
    void aDeletedIndexIsRebuiltFromTheDatabaseAtTheNextStart() {
        deployer.deploy(DEPLOYMENT);
        AgoraClient admin = TestAccounts.admin();
        String word = Agora.unique("rebuild");
        admin.get("/");
        assertThat(admin.post("/posts", Map.of("text", "Index me: " + word)).status()).isEqualTo(303);
        assertThat(admin.get("/search?q=" + word).body()).contains("1 post found");

        deployer.undeploy(DEPLOYMENT);
        Path index = Agora.SERVER_DIR.resolve("agora-data/index");
        assertThat(index).isDirectory();
        Folders.delete(index);
        assertThat(index).doesNotExist();
        deployer.deploy(DEPLOYMENT);
        try {
            AgoraClient again = TestAccounts.admin();
            assertThat(again.get("/search?q=" + word).body()).contains("1 post found").contains("<mark>" + word);
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }
}
