package org.agora.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/** The admin page of plugins, driven through HTTP as an administrator's browser does. */
public final class PluginAdmin {

    /** The test server's plugins folder. */
    public static final Path FOLDER = Agora.SERVER_DIR.resolve("plugins");

    private final AgoraClient admin;

    public PluginAdmin(AgoraClient admin) {
        this.admin = admin;
    }

    /** Uploads a jar through the admin page's form. */
    public Page upload(String fileName, byte[] jar) {
        admin.get("/admin/plugins");
        return admin.postFile("/admin/plugins", Map.of("_csrf", admin.csrf()), "jar", fileName,
                "application/java-archive", jar);
    }

    /** Uploads a jar that must be accepted. */
    public void install(String fileName, byte[] jar) {
        Page installed = upload(fileName, jar);
        assertThat(installed.status()).as(installed.toString()).isEqualTo(303);
    }

    /** Presses one of a plugin's buttons: enable, disable, force or uninstall. */
    public Page press(String pluginId, String action, Map<String, String> fields) {
        admin.get("/admin/plugins");
        return admin.post("/admin/plugins/" + pluginId + "/" + action, fields);
    }

    public Page rescan() {
        admin.get("/admin/plugins");
        return admin.post("/admin/plugins/rescan", Map.of());
    }

    /**
     * Installs the jars that a test wrote into the plugins folder, as an administrator who dropped them there
     * presses <em>Rescan the folder</em>.
     */
    public static void rescanAsAdministrator() {
        Page rescanned = new PluginAdmin(TestAccounts.admin()).rescan();
        assertThat(rescanned.status()).as(rescanned.toString()).isEqualTo(303);
    }

    /** Uninstalls and purges a test plugin, if it is still there. */
    public void remove(String pluginId) {
        if (row(pluginId) != null) {
            press(pluginId, "uninstall", Map.of("purge", "true"));
        }
    }

    /** @return the admin page's table row of the plugin, as HTML, or null when it is not listed */
    public String row(String pluginId) {
        Element row = rowOf(pluginId);
        return row == null ? null : row.outerHtml();
    }

    /**
     * @return the state the admin page shows for the plugin, such as {@code STARTED}, {@code DISABLED},
     *         {@code SUSPENDED} or {@code FAILED}, or null when it is not listed
     */
    public String state(String pluginId) {
        Element row = rowOf(pluginId);
        return row == null ? null : row.select(".plugin-state").text();
    }

    private Element rowOf(String pluginId) {
        Page page = admin.get("/admin/plugins");
        assertThat(page.status()).as("the plugins' page: " + page).isEqualTo(200);
        return page.html().selectFirst("tr[data-plugin=" + pluginId + "]");
    }

    /** @return the names of the files in the plugins folder that start with {@code prefix} */
    public static List<String> files(String prefix) {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
