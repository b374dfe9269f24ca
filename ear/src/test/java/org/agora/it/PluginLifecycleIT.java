package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Alone;
import org.agora.it.support.Page;
import org.agora.it.support.PluginAdmin;
import org.agora.it.support.PluginJar;
import org.agora.it.support.TestAccounts;
import org.agora.plugins.api.PluginsApi;
import org.junit.jupiter.api.Test;

/**
 * Installing, using, disabling, enabling, upgrading and uninstalling plugins from the admin page while Liberty keeps
 * running, with jars built on the fly; every test removes its plugins, so the plugins folder stays as it was.
 */
@AgoraTest
@Alone
class PluginLifecycleIT {

    private static String newId(String prefix) {
        return Agora.unique("lc" + prefix);
    }

    @Test
    void aPluginIsInstalledUsedDisabledEnabledAndUninstalledKeepingOrPurgingItsData() {
        AgoraClient admin = TestAccounts.admin();
        PluginAdmin plugins = new PluginAdmin(admin);
        String id = newId("good");
        byte[] jar = PluginJar.sample(id, "1.0.0").bytes();
        try {
            plugins.install("whatever-name.jar", jar);
            assertThat(plugins.state(id)).isEqualTo("STARTED");
            assertThat(plugins.row(id)).contains(id + "-1.0.0.jar");
            assertThat(PluginAdmin.files(id)).containsExactly(id + "-1.0.0.jar");
            Page page = admin.get("/m/" + id + "/");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("Sample 1.0.0").contains(TestAccounts.ADMIN_NAME);
            String note = Agora.unique("note");
            assertThat(admin.post("/m/" + id + "/notes", Map.of("text", note)).status()).isEqualTo(303);
            assertThat(admin.get("/m/" + id + "/").body()).contains(note);

            assertThat(plugins.press(id, "disable", Map.of()).status()).isEqualTo(303);
            assertThat(plugins.state(id)).isEqualTo("DISABLED");
            assertThat(admin.get("/m/" + id + "/").status()).isEqualTo(404);
            assertThat(admin.get("/").status()).as("Agora works").isEqualTo(200);

            assertThat(plugins.press(id, "enable", Map.of()).status()).isEqualTo(303);
            assertThat(plugins.state(id)).isEqualTo("STARTED");
            assertThat(admin.get("/m/" + id + "/").body()).contains(note);

            assertThat(plugins.press(id, "uninstall", Map.of("purge", "false")).status()).isEqualTo(303);
            assertThat(plugins.row(id)).isNull();
            assertThat(PluginAdmin.files(id)).as("the jar is gone").isEmpty();
            assertThat(admin.get("/m/" + id + "/").status()).isEqualTo(404);

            plugins.install(id + ".jar", jar);
            assertThat(admin.get("/m/" + id + "/").body()).as("data kept").contains(note);

            assertThat(plugins.press(id, "uninstall", Map.of("purge", "true")).status()).isEqualTo(303);
            plugins.install(id + ".jar", jar);
            assertThat(admin.get("/m/" + id + "/").body()).as("data purged").contains("Sample 1.0.0")
                    .doesNotContain(note);
        } finally {
            plugins.remove(id);
        }
        assertThat(PluginAdmin.files(id)).isEmpty();
    }

    @Test
    void refusedUploadsSayWhyAndInstallNothing() {
        AgoraClient admin = TestAccounts.admin();
        PluginAdmin plugins = new PluginAdmin(admin);
        String id = newId("refused");
        try {
            assertRefused(plugins.upload("broken.jar", "this is not a zip".getBytes()), "The file is not a jar");
            assertRefused(plugins.upload("future.jar", PluginJar.sample(id, "1.0.0").requires(">=9.0.0").bytes()),
                    "needs plugins-api &gt;=9.0.0, this Agora provides " + PluginsApi.VERSION);
            assertRefused(plugins.upload("evil.jar", PluginJar.sample(id, "1.0.0").entry("../../evil.sh", "rm")
                    .bytes()), "leaves the plugin: ../../evil.sh");
            assertRefused(plugins.upload("nodescriptor.jar", java.util.Base64.getDecoder()
                    .decode("UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==")), "no plugin descriptor");
            byte[] big = new byte[2200 * 1024];
            new java.util.Random(1).nextBytes(big);
            assertRefused(plugins.upload("big.jar", PluginJar.sample(id, "1.0.0").entry("big.bin", big).bytes()),
                    "larger than the limit of 2 MB");
            assertThat(plugins.row(id)).isNull();
            assertThat(PluginAdmin.files(id)).isEmpty();
            assertThat(PluginAdmin.files(".upload-")).as("no upload left behind").isEmpty();

            plugins.install(id + ".jar", PluginJar.sample(id, "1.1.0").bytes());
            assertRefused(plugins.upload("same.jar", PluginJar.sample(id, "1.1.0").bytes()),
                    "is installed already; only a newer version can replace it");
            assertRefused(plugins.upload("older.jar", PluginJar.sample(id, "1.0.0").bytes()),
                    "is installed already");
            assertThat(admin.get("/m/" + id + "/").body()).contains("Sample 1.1.0");
            assertThat(PluginAdmin.files(id)).containsExactly(id + "-1.1.0.jar");

            Page forged = admin.postFile("/admin/plugins", Map.of("_csrf", "forged"), "jar", "x.jar",
                    "application/java-archive", PluginJar.sample(newId("forged"), "1.0.0").bytes());
            assertThat(forged.status()).isEqualTo(403);
        } finally {
            plugins.remove(id);
        }
    }

    @Test
    void aPluginThatNeedsAnotherWaitsForItAndKeepsItInstalled() {
        AgoraClient admin = TestAccounts.admin();
        PluginAdmin plugins = new PluginAdmin(admin);
        String base = newId("base");
        String addon = newId("addon");
        byte[] addonJar = PluginJar.sample(addon, "1.0.0").manifest("Plugin-Dependencies", base + "@>=1.0.0")
                .manifest("Plugin-License", "Apache-2.0").bytes();
        try {
            assertRefused(plugins.upload("addon.jar", addonJar), "The plugin " + addon + " needs plugin " + base
                    + " &gt;=1.0.0, which is not running");
            assertThat(plugins.row(addon)).isNull();

            plugins.install(base + ".jar", PluginJar.sample(base, "1.0.0").bytes());
            plugins.install(addon + ".jar", addonJar);
            assertThat(plugins.row(addon)).contains("Needs " + base + "@&gt;=1.0.0").contains("licence Apache-2.0")
                    .contains("STARTED");
            assertThat(admin.get("/m/" + addon + "/").body()).contains("Sample 1.0.0");

            assertRefused(plugins.press(base, "disable", Map.of()), "is needed by " + addon);
            assertRefused(plugins.press(base, "uninstall", Map.of("purge", "true")), "is needed by " + addon);
            assertThat(plugins.state(base)).isEqualTo("STARTED");
        } finally {
            plugins.remove(addon);
            plugins.remove(base);
        }
    }

    private static void assertRefused(Page page, String why) {
        assertThat(page.status()).as(page.toString()).isEqualTo(400);
        assertThat(page.body()).contains("plugin-error").contains(why).doesNotContain("Exception");
    }

    @Test
    void anUpgradeReplacesTheJarKeepsTheDataAndRunsTheHookOnce() {
        AgoraClient admin = TestAccounts.admin();
        PluginAdmin plugins = new PluginAdmin(admin);
        String id = newId("upgrade");
        try {
            plugins.install(id + ".jar", PluginJar.sample(id, "1.0.0").bytes());
            admin.get("/m/" + id + "/");
            String note = Agora.unique("kept");
            assertThat(admin.post("/m/" + id + "/notes", Map.of("text", note)).status()).isEqualTo(303);

            plugins.install(id + "-new.jar", PluginJar.sample(id, "1.1.0").bytes());
            Page page = admin.get("/m/" + id + "/");
            assertThat(page.body()).contains("Sample 1.1.0").contains(note);
            assertThat(page.body().split("upgraded from 1.0.0", -1)).as("the hook ran once").hasSize(2);
            assertThat(plugins.state(id)).isEqualTo("STARTED");
            assertThat(plugins.row(id)).contains(">1.1.0<");
            assertThat(PluginAdmin.files(id)).as("the old jar was replaced").containsExactly(id + "-1.1.0.jar");

            assertThat(plugins.rescan().status()).isEqualTo(303);
            assertThat(admin.get("/m/" + id + "/").body().split("upgraded from", -1)).hasSize(2);
        } finally {
            plugins.remove(id);
        }
    }

    @Test
    void aJarDroppedIntoTheFolderIsPickedUpByARescan() {
        AgoraClient admin = TestAccounts.admin();
        PluginAdmin plugins = new PluginAdmin(admin);
        String id = newId("dropped");
        try {
            PluginJar.sample(id, "2.0.0").writeTo(PluginAdmin.FOLDER, id + ".jar");
            assertThat(admin.get("/m/" + id + "/").status()).isEqualTo(404);
            assertThat(plugins.rescan().status()).isEqualTo(303);
            assertThat(plugins.state(id)).isEqualTo("STARTED");
            assertThat(admin.get("/m/" + id + "/").body()).contains("Sample 2.0.0");
        } finally {
            plugins.remove(id);
        }
        assertThat(PluginAdmin.files(id)).isEmpty();
    }
}
