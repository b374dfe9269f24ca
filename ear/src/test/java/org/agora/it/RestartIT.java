package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.Folders;
import org.agora.it.support.OwnDeployment;
import org.agora.it.support.Page;
import org.agora.it.support.PluginAdmin;
import org.agora.it.support.PluginJar;
import org.agora.it.support.TestAccounts;
import org.agora.plugins.api.PluginsApi;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What Agora finds again when it starts. One restart serves every check, as each start of Agora takes a quarter of a
 * minute:
 * <ul>
 *     <li>the database is the source of truth for plugins: a node whose plugins folder lost a jar (as a new node has
 *     none) gets it back from the database, with the state the administrators chose;</li>
 *     <li>the search index is rebuilt from the database when its folder is gone;</li>
 *     <li>a broken jar and an incompatible plugin in the plugins folder do not stop Agora, and the administrators'
 *     page says why those two do not run.</li>
 * </ul>
 */
@OwnDeployment
class RestartIT {

    private static final String DEPLOYMENT = "agora";
    private static final Path PLUGINS = PluginAdmin.FOLDER;
    private static final Path BROKEN = PLUGINS.resolve("broken-plugin.jar");
    private static final Path FUTURE = PLUGINS.resolve("future-plugin.jar");
    private static final Path INDEX = Agora.SERVER_DIR.resolve("agora-data/index");

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = DEPLOYMENT, testable = false, managed = false)
    static EnterpriseArchive agora() {
        return Agora.ear();
    }

    @Test
    void aStartTakesPluginsFromTheDatabaseRebuildsTheIndexAndListsWhatCannotRun() throws IOException {
        String plugin = Agora.unique("lcrestart");
        String note = Agora.unique("survives");
        String word = Agora.unique("rebuild");
        deployer.deploy(DEPLOYMENT);
        try {
            AgoraClient admin = TestAccounts.admin();
            PluginAdmin plugins = new PluginAdmin(admin);
            plugins.install(plugin + ".jar", PluginJar.sample(plugin, "1.0.0").bytes());
            admin.get("/m/" + plugin + "/");
            assertThat(admin.post("/m/" + plugin + "/notes", Map.of("text", note)).status()).isEqualTo(303);
            assertThat(plugins.press(plugin, "disable", Map.of()).status()).isEqualTo(303);
            assertThat(plugins.press(plugin, "force", Map.of("forcing", "ON")).status()).isEqualTo(303);

            admin.get("/");
            assertThat(admin.post("/posts", Map.of("text", "Index me: " + word)).status()).isEqualTo(303);
            assertThat(admin.get("/search?q=" + word).text(".result-count")).isEqualTo("1 post found");
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
        Files.delete(PluginAdmin.FOLDER.resolve(plugin + "-1.0.0.jar"));
        assertThat(INDEX).isDirectory();
        Folders.delete(INDEX);
        assertThat(INDEX).doesNotExist();
        dropBadPlugins();
        // the bad jars go whatever happens, as the server's next deployment (another class) must not find them
        try {
            deployer.deploy(DEPLOYMENT);
            try {
                AgoraClient admin = TestAccounts.admin();
                assertAll(
                        () -> pluginCameBackFromTheDatabase(admin, plugin, note),
                        () -> indexWasRebuilt(admin, word),
                        () -> badPluginsAreListedWithTheirReason(admin));
            } finally {
                deployer.undeploy(DEPLOYMENT);
            }
        } finally {
            Files.deleteIfExists(BROKEN);
            Files.deleteIfExists(FUTURE);
        }
    }

    private static void pluginCameBackFromTheDatabase(AgoraClient admin, String id, String note) {
        PluginAdmin plugins = new PluginAdmin(admin);
        assertThat(PluginAdmin.files(id)).as("written from the database").containsExactly(id + "-1.0.0.jar");
        assertThat(plugins.row(id)).contains(">DISABLED<").contains("plugin-forcing");
        assertThat(admin.get("/m/" + id + "/").status()).isEqualTo(404);
        assertThat(plugins.press(id, "enable", Map.of()).status()).isEqualTo(303);
        assertThat(admin.get("/m/" + id + "/").body()).contains("Sample 1.0.0").contains(note);
        plugins.remove(id);
        assertThat(PluginAdmin.files(id)).isEmpty();
    }

    private static void indexWasRebuilt(AgoraClient admin, String word) {
        Page found = admin.get("/search?q=" + word);
        assertThat(found.text(".result-count")).isEqualTo("1 post found");
        assertThat(found.select("mark")).extracting(Element::text).contains(word);
    }

    private static void badPluginsAreListedWithTheirReason(AgoraClient admin) {
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
    }

    /** A jar that is not a zip file, and a plugin that needs a plugins API this Agora does not provide. */
    private static void dropBadPlugins() throws IOException {
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
}
