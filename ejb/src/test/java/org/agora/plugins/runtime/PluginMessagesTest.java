package org.agora.plugins.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginMessagesTest {

    @TempDir
    Path jar;

    private ClassLoader plugin() throws IOException {
        Files.createDirectories(jar.resolve("i18n"));
        Files.writeString(jar.resolve("i18n/messages.properties"), "menu=Board\ncount={0} pages\nonly=English only\n");
        Files.writeString(jar.resolve("i18n/messages_fr.properties"), "menu=Tableau\ncount={0} pages\n");
        return new URLClassLoader(new URL[]{jar.toUri().toURL()}, null);
    }

    @Test
    void messagesComeInTheReadersLanguageWithTheBaseBundleAsFallback() throws IOException {
        ClassLoader loader = plugin();
        assertThat(PluginMessages.of(loader, Locale.FRENCH).get("menu")).isEqualTo("Tableau");
        assertThat(PluginMessages.of(loader, Locale.ENGLISH).get("menu")).isEqualTo("Board");
        assertThat(PluginMessages.of(loader, Locale.GERMAN).get("menu")).isEqualTo("Board");
        assertThat(PluginMessages.of(loader, Locale.FRENCH).get("only")).isEqualTo("English only");
        assertThat(PluginMessages.of(loader, Locale.ENGLISH).get("count", 1200)).isEqualTo("1,200 pages");
    }

    @Test
    void aLabelThatIsNoKeyIsShownAsItIs() throws IOException {
        assertThat(PluginMessages.of(plugin(), Locale.FRENCH).find("Wiki")).isEmpty();
        assertThat(PluginMessages.of(new URLClassLoader(new URL[0], null), Locale.FRENCH).get("Wiki"))
                .as("a plugin without bundle").isEqualTo("Wiki");
    }
}
