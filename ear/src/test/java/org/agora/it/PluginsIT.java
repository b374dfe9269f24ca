package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.OwnDeployment;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.agora.plugins.api.PluginsApi;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plugin host with the wiki plugin installed, plus a broken jar and an incompatible plugin in the plugins
 * folder: Agora starts anyway and the admin page says why those two do not run.
 */
@OwnDeployment
class PluginsIT {

    private static final String DEPLOYMENT = "agora";
    private static final Path PLUGINS = Agora.SERVER_DIR.resolve("plugins");
    private static final Path BROKEN = PLUGINS.resolve("broken-plugin.jar");
    private static final Path FUTURE = PLUGINS.resolve("future-plugin.jar");

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = DEPLOYMENT, testable = false, managed = false)
    static EnterpriseArchive agora() {
        return Agora.ear();
    }

    @BeforeAll
    static void dropBadPlugins() throws IOException {
        Files.write(BROKEN, "this is not a zip file".getBytes());
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.putValue("Plugin-Id", "future");
        attributes.putValue("Plugin-Version", "3.0.0");
        attributes.putValue("Plugin-Requires", ">=9.0.0");
        try (OutputStream out = Files.newOutputStream(FUTURE); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
    }

    @AfterAll
    static void removeBadPlugins() throws IOException {
        Files.deleteIfExists(BROKEN);
        Files.deleteIfExists(FUTURE);
    }

    @Test
    void theAdminPageListsEachPluginWithItsStateAndWhyItFailed() {
        deployer.deploy(DEPLOYMENT);
        try {
            AgoraClient admin = TestAccounts.admin();
            Page plugins = admin.get("/admin/plugins").titled("Plugins");
            Element wiki = plugins.one("tr[data-plugin=wiki]");
            assertThat(wiki.child(1).text()).as("the Version column").isEqualTo("0.1.0-SNAPSHOT");
            assertThat(wiki.select(".plugin-state").text()).isEqualTo("STARTED");
            assertThat(plugins.one("tr[data-plugin=broken-plugin.jar]").select(".plugin-state").text())
                    .isEqualTo("FAILED");
            assertThat(plugins.one("tr[data-plugin=future-plugin.jar]").select(".plugin-problem").text())
                    .isEqualTo("The plugin “future” needs plugins-api >=9.0.0, this Agora provides "
                            + PluginsApi.VERSION + ".");
            assertThat(admin.get("/").titled("Feed").select(".agora-menu a.nav-link[href=/m/wiki/]"))
                    .as("Agora works").hasSize(1);
            assertThat(admin.get("/m/future/").status()).isEqualTo(404);
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }
}
