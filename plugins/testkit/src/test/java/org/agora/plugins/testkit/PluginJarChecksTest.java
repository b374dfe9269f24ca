package org.agora.plugins.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginJarChecksTest {

    @TempDir
    Path temp;

    @Test
    void aJarAgoraWouldInstallPassesAndSaysWhatItIs() throws IOException {
        Path jar = jar(Map.of("Plugin-Id", "hello", "Plugin-Version", "1.0.0", "Plugin-Requires", "^1.2.0"));
        assertThat(PluginJarChecks.assertInstallable(jar).id()).isEqualTo("hello");
    }

    @Test
    void whatTheAdminPageWouldRefuseFailsWithTheReasonInEnglish() throws IOException {
        assertThatThrownBy(() -> PluginJarChecks.assertInstallable(
                jar(Map.of("Plugin-Id", "hello", "Plugin-Version", "1.0.0", "Plugin-Requires", "^2.0.0"))))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("The plugin \u201chello\u201d needs plugins-api ^2.0.0, this Agora provides "
                        + org.agora.plugins.api.PluginsApi.VERSION);
        assertThatThrownBy(() -> PluginJarChecks.assertInstallable(
                jar(Map.of("Plugin-Id", "Hello World", "Plugin-Version", "1.0.0"))))
                .hasMessageContaining("must be 1 to 64 lower-case letters");
        assertThatThrownBy(() -> PluginJarChecks.assertInstallable(jar(Map.of("Plugin-Id", "hello"))))
                .hasMessageContaining("has no version");
    }

    private Path jar(Map<String, String> entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        entries.forEach(manifest.getMainAttributes()::putValue);
        Path jar = Files.createTempFile(temp, "plugin", ".jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("hello/Hello.class"));
            out.write(new byte[] {1});
            out.closeEntry();
        }
        return jar;
    }
}
