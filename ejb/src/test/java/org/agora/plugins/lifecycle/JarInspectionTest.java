package org.agora.plugins.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.agora.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.DefaultVersionManager;

class JarInspectionTest {

    @TempDir
    Path temp;

    private final JarInspection inspection = new JarInspection(64 * 1024, "1.0.0", new DefaultVersionManager());

    @Test
    void aGoodJarGivesItsDescriptorAndFileName() throws IOException {
        Path jar = jar(Map.of("Plugin-Id", "polls", "Plugin-Version", "1.2.0", "Plugin-Requires", "^1.0.0"),
                Map.of("polls/Polls.class", "x"));
        JarDescriptor d = inspection.inspect(jar);
        assertThat(d).isEqualTo(new JarDescriptor("polls", "1.2.0", "^1.0.0"));
        assertThat(d.fileName()).isEqualTo("polls-1.2.0.jar");
    }

    @Test
    void aPluginPropertiesFileIsADescriptorToo() throws IOException {
        Path jar = zip("props.jar", Map.of("plugin.properties",
                "plugin.id=polls\nplugin.version=2.0.0\nplugin.requires=>=1.0.0\n"));
        assertThat(inspection.inspect(jar)).isEqualTo(new JarDescriptor("polls", "2.0.0", ">=1.0.0"));
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws IOException {
        Path jar = Files.writeString(temp.resolve("broken.jar"), "this is not a zip file");
        assertRefused(jar, "not a jar");
    }

    @Test
    void aJarLargerThanTheLimitIsRefusedBeforeItIsOpened() throws IOException {
        Path jar = Files.write(temp.resolve("big.jar"), new byte[64 * 1024 + 1]);
        assertRefused(jar, "larger than the limit");
    }

    @Test
    void aJarWithoutDescriptorIsRefused() throws IOException {
        assertRefused(zip("plain.jar", Map.of("a/B.class", "x")), "no plugin descriptor");
        assertRefused(jar(Map.of("Plugin-Id", "polls"), Map.of()), "has no version");
    }

    @Test
    void anIdThatCannotBeAUrlSegmentIsRefused() throws IOException {
        assertRefused(jar(Map.of("Plugin-Id", "../Polls", "Plugin-Version", "1.0.0"), Map.of()), "lower-case");
    }

    @Test
    void aVersionThatIsNotSemanticIsRefused() throws IOException {
        assertRefused(jar(Map.of("Plugin-Id", "polls", "Plugin-Version", "first"), Map.of()), "not a semantic version");
    }

    @Test
    void aPluginForAnotherApiIsRefusedWithTheRangeAndTheApiVersion() throws IOException {
        Path jar = jar(Map.of("Plugin-Id", "future", "Plugin-Version", "3.0.0", "Plugin-Requires", ">=9.0.0"),
                Map.of());
        assertRefused(jar, "needs plugins-api >=9.0.0, this Agora provides 1.0.0");
        Path any = jar(Map.of("Plugin-Id", "any", "Plugin-Version", "1.0.0"), Map.of());
        assertThat(inspection.inspect(any).requires()).as("no range means any version").isEmpty();
    }

    @Test
    void entriesThatLeaveTheJarAreRefused() throws IOException {
        Map<String, String> manifest = Map.of("Plugin-Id", "evil", "Plugin-Version", "1.0.0");
        assertRefused(jar(manifest, Map.of("../../etc/cron.d/evil", "x")), "leaves the plugin");
        assertRefused(jar(manifest, Map.of("/etc/passwd", "x")), "leaves the plugin");
        assertRefused(jar(manifest, Map.of("a\\..\\..\\b", "x")), "leaves the plugin");
        assertRefused(jar(manifest, Map.of("C:/windows/x", "x")), "leaves the plugin");
    }

    @Test
    void ordinaryNamesWithDotsAreSafe() {
        assertThat(JarInspection.unsafe("templates/page..html")).isFalse();
        assertThat(JarInspection.unsafe("a/.hidden/b")).isFalse();
        assertThat(JarInspection.unsafe("a/../b")).isTrue();
    }

    @Test
    void onlyAGreaterVersionIsNewer() {
        assertThat(inspection.newer("1.1.0", "1.0.0")).isTrue();
        assertThat(inspection.newer("1.0.0", "1.0.0")).isFalse();
        assertThat(inspection.newer("0.9.0", "1.0.0")).isFalse();
        assertThat(inspection.newer("junk", "1.0.0")).isFalse();
    }

    private void assertRefused(Path jar, String why) {
        assertThatThrownBy(() -> inspection.inspect(jar)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(why);
    }

    private Path jar(Map<String, String> attributes, Map<String, String> entries) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.forEach(main::putValue);
        Path jar = Files.createTempFile(temp, "plugin", ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    private Path zip(String name, Map<String, String> entries) throws IOException {
        Path file = temp.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    void dependenciesAreReadAsPf4jWritesThemAndCheckedAgainstWhatRuns() {
        var needs = JarInspection.dependencies("wiki@>=1.2.0, calendar?, ideas");
        assertThat(needs).extracting(org.pf4j.PluginDependency::getPluginId)
                .containsExactly("wiki", "calendar", "ideas");
        assertThat(needs.get(1).isOptional()).isTrue();
        assertThat(JarInspection.dependencies(" ")).isEmpty();
        assertThat(inspection.unmet("polls", needs.get(0), "1.3.0")).isEmpty();
        assertThat(inspection.unmet("polls", needs.get(0), "1.1.0")).hasValueSatisfying(e -> assertThat(e)
                .hasMessage("The plugin polls needs plugin wiki >=1.2.0, and version 1.1.0 is installed. "
                        + "Install or enable it first."));
        assertThat(inspection.unmet("polls", needs.get(0), null)).hasValueSatisfying(e -> assertThat(e)
                .hasMessageContaining("needs plugin wiki >=1.2.0, which is not running"));
        assertThat(inspection.unmet("polls", needs.get(2), null)).hasValueSatisfying(e -> assertThat(e)
                .hasMessageContaining("needs plugin ideas, which is not running"));
        assertThat(inspection.unmet("polls", needs.get(2), "0.1.0")).isEmpty();
        assertThat(new JarDescriptor("a", "1.0.0", "", needs).required()).hasSize(2);
    }
}
