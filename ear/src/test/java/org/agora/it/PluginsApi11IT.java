package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Alone;
import org.agora.it.support.Page;
import org.agora.it.support.PluginAdmin;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plugin built for plugins API 1.1 keeps working on 1.2: the wiki as it was built against 1.1 (its jar kept in
 * the test resources, classes untouched; only its id is changed so that it runs beside today's wiki) installs,
 * writes pages that are content items, and exports a person's data through its 1.1 {@code export}.
 */
@AgoraTest
@Alone
class PluginsApi11IT {

    private static final String ID = "wiki-api11";
    private static AgoraClient writer;
    private static String writerEmail;

    @BeforeAll
    static void install() throws IOException {
        new PluginAdmin(TestAccounts.admin()).install("wiki-api11.jar", renamed(ID));
        String id = Agora.unique("w");
        writerEmail = "wanda-" + id + "@api11.test";
        writer = TestAccounts.member("Wanda Writer " + id, writerEmail);
    }

    @AfterAll
    static void remove() {
        new PluginAdmin(TestAccounts.admin()).remove(ID);
    }

    /** @return the 1.1 wiki jar with another Plugin-Id, every other entry byte for byte */
    private static byte[] renamed(String id) throws IOException {
        Path original = Files.createTempFile("wiki-api11", ".jar");
        try (InputStream in = PluginsApi11IT.class.getResourceAsStream("/plugins/wiki-built-for-api-1.1.jar")) {
            Files.copy(in, original, StandardCopyOption.REPLACE_EXISTING);
        }
        try (JarFile jar = new JarFile(original.toFile())) {
            Manifest manifest = new Manifest(jar.getManifest());
            assertThat(manifest.getMainAttributes().getValue("Plugin-Requires")).isEqualTo("^1.1.0");
            manifest.getMainAttributes().putValue("Plugin-Id", id);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
                for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                    if (entry.getName().equals(JarFile.MANIFEST_NAME)) {
                        continue;
                    }
                    out.putNextEntry(new JarEntry(entry.getName()));
                    try (InputStream content = jar.getInputStream(entry)) {
                        content.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } finally {
            Files.deleteIfExists(original);
        }
    }

    @Test
    void theWikiBuiltFor11WritesPagesThatAreContentItems() {
        String base = "/m/" + ID;
        writer.get(base + "/new");
        Page saved = writer.post(base + "/new", Map.of("title", "Old API " + writerEmail, "text",
                "Written by a **1.1** plugin #api11"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(303);
        Page page = writer.get(saved.location()).ok();
        assertThat(page.text()).contains("Old API " + writerEmail);
        assertThat(page.select("strong").eachText()).as("Markdown rendered by the host").contains("1.1");

        String revision = writer.get(saved.location() + "/edit").ok().one("input[name=base]").val();
        assertThat(revision).matches("\\d+");
        Page edited = writer.post(saved.location() + "/edit", Map.of("title", "Old API " + writerEmail,
                "text", "Edited on 1.2", "comment", "second", "base", revision));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(303);
        assertThat(writer.get(saved.location() + "/history").body()).contains("second");
        assertThat(writer.get("/").titled("Feed").select("article.post a[href^=" + saved.location() + "]"))
                .as("a card in the company feed").isNotEmpty();
    }

    @Test
    void itsPersonalDataExportStillReachesTheAdministrator() {
        writer.get("/m/" + ID + "/new");
        assertThat(writer.post("/m/" + ID + "/new", Map.of("title", "Export " + writerEmail, "text", "x"))
                .status()).isEqualTo(303);
        AgoraClient admin = TestAccounts.admin();
        Matcher person = Pattern.compile("/admin/privacy-export/(\\d+)")
                .matcher(admin.get("/admin/privacy/find?email=" + writerEmail).body());
        assertThat(person.find()).isTrue();
        JsonObject modules = admin.get("/admin/privacy-export/" + person.group(1)).ok().jsonObject()
                .getJsonObject("plugins");
        assertThat(modules).containsKey(ID);
        assertThat(modules.getJsonObject(ID).toString()).as("the module's own data").contains("Export " + writerEmail);
    }
}
