package org.agora.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.agora.plugins.api.MenuEntry;
import org.agora.plugins.api.MenuLocation;
import org.agora.plugins.api.NavigationContributor;
import org.agora.plugins.api.PluginsApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.ExtensionPoint;
import org.pf4j.PluginManager;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginState;

class PluginLoaderTest {

    private static final String MENU_CLASS = "hello.HelloMenu";
    private static final String MENU_SOURCE = """
            package hello;
            import java.util.List;
            import org.agora.plugins.api.*;
            public class HelloMenu implements NavigationContributor {
                public List<MenuEntry> entries(MenuLocation location) {
                    return List.of(new MenuEntry("Hello", "/", 10));
                }
            }
            """;

    @TempDir
    Path temp;
    Path plugins;

    @BeforeEach
    void createPluginsFolder() throws IOException {
        plugins = Files.createDirectory(temp.resolve("plugins"));
    }

    @Test
    void theApiVersionComesFromTheFilteredResource() {
        assertThat(PluginsApi.VERSION).isEqualTo("1.6.0");
    }

    @Test
    void aGoodPluginStartsAndItsExtensionIsFound() throws Exception {
        writePlugin("hello.jar", "hello", "^1.0.0", compileMenu());
        PluginManager manager = PluginLoader.newManager(plugins);
        manager.loadPlugins();
        manager.startPlugins();

        assertThat(manager.getPlugin("hello").getPluginState()).isEqualTo(PluginState.STARTED);
        List<NavigationContributor> menus = manager.getExtensions(NavigationContributor.class, "hello");
        assertThat(menus).singleElement().satisfies(menu -> {
            assertThat(menu.getClass().getName()).isEqualTo(MENU_CLASS);
            assertThat(menu.getClass().getClassLoader()).isSameAs(manager.getPluginClassLoader("hello"));
            assertThat(menu.entries(MenuLocation.TOP_NAVIGATION)).containsExactly(new MenuEntry("Hello", "/", 10));
        });
        assertThat(manager.getExtensions(NavigationContributor.class, "hello")).singleElement()
                .as("singleton extensions").isSameAs(menus.getFirst());
    }

    @Test
    void aPluginRequiringANewerApiIsNotStarted() throws Exception {
        writePlugin("future.jar", "future", ">=2.0.0", compileMenu());
        PluginManager manager = PluginLoader.newManager(plugins);
        manager.loadPlugins();
        manager.startPlugins();

        assertThat(manager.getVersionManager().checkVersionConstraint(PluginsApi.VERSION, ">=2.0.0")).isFalse();
        assertThat(manager.getVersionManager().checkVersionConstraint(PluginsApi.VERSION, "^1.0.0")).isTrue();
        assertThat(manager.getPlugin("future")).isNotNull()
                .extracting(p -> p.getPluginState()).isNotEqualTo(PluginState.STARTED);
        assertThat(manager.getExtensions(NavigationContributor.class, "future")).isEmpty();
    }

    @Test
    void aBrokenJarFailsToLoadWhileOtherPluginsStillLoad() throws Exception {
        Path broken = Files.write(plugins.resolve("x.jar"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 0, -1, 42});
        writePlugin("hello.jar", "hello", "^1.0.0", compileMenu());
        PluginManager manager = PluginLoader.newManager(plugins);
        manager.loadPlugins();
        manager.startPlugins();

        assertThat(manager.getStartedPlugins()).extracting(p -> p.getPluginId()).containsExactly("hello");
        assertThat(manager.getExtensions(NavigationContributor.class, "hello")).hasSize(1);
        PluginManager fresh = PluginLoader.newManager(plugins);
        assertThatThrownBy(() -> fresh.loadPlugin(broken)).isInstanceOf(PluginRuntimeException.class)
                .satisfies(e -> assertThat(PluginLoader.reason(e)).isNotBlank());
    }

    @Test
    void theReasonIsTheDeepestMessage() {
        Exception failure = new RuntimeException("outer",
                new IllegalStateException("middle", new IOException("disk full")));
        assertThat(PluginLoader.reason(failure)).isEqualTo("disk full");
    }

    @Test
    void theReasonSkipsCausesWithoutMessageAndFallsBackToTheClassName() {
        assertThat(PluginLoader.reason(new RuntimeException("outer", new IllegalStateException()))).isEqualTo("outer");
        assertThat(PluginLoader.reason(new IllegalStateException())).isEqualTo("IllegalStateException");
    }

    @Test
    void theReasonIsCutAfterThreeHundredCharacters() {
        assertThat(PluginLoader.reason(new RuntimeException("x".repeat(500)))).hasSize(301).endsWith("…");
    }

    /** @return the compiled class file of a NavigationContributor that is not on the test class path */
    private Path compileMenu() throws IOException, URISyntaxException {
        Path src = Files.createDirectories(temp.resolve("src/hello")).resolve("HelloMenu.java");
        Files.writeString(src, MENU_SOURCE);
        Path out = Files.createDirectories(temp.resolve("classes"));
        String classPath = String.join(java.io.File.pathSeparator, locationOf(NavigationContributor.class),
                locationOf(ExtensionPoint.class));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-classpath", classPath, "-d", out.toString(), src.toString());
        assertThat(status).as("javac exit status").isZero();
        return out.resolve("hello/HelloMenu.class");
    }

    private static String locationOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private void writePlugin(String file, String id, String requires, Path menuClass) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Plugin-Id", id);
        main.putValue("Plugin-Version", "0.1.0");
        main.putValue("Plugin-Requires", requires);
        try (OutputStream out = Files.newOutputStream(plugins.resolve(file));
             JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.putNextEntry(new JarEntry("META-INF/extensions.idx"));
            jar.write((MENU_CLASS + "\n").getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
            jar.putNextEntry(new JarEntry("hello/HelloMenu.class"));
            jar.write(Files.readAllBytes(menuClass));
            jar.closeEntry();
        }
    }
}
