package org.agora.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.agora.it.plugins.SamplePlugin;
import org.agora.it.plugins.SampleUpgrade;

/**
 * Builds real plugin jars on the fly, as PF4J's own test kit does: a manifest with the descriptor, compiled test
 * classes copied in, an extension index and any other entries, such as templates.
 */
public final class PluginJar {

    private final Map<String, String> manifest = new LinkedHashMap<>();
    private final List<String> extensions = new ArrayList<>();
    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    private PluginJar(String id, String version) {
        manifest.put("Plugin-Id", id);
        manifest.put("Plugin-Version", version);
        manifest.put("Plugin-Requires", "^1.0.0");
        manifest.put("Plugin-Description", "Test plugin " + id);
    }

    /** @return a jar of plugin {@code id} at {@code version}, needing plugins-api ^1.0.0 */
    public static PluginJar plugin(String id, String version) {
        return bare(id, version).pluginClass(SamplePlugin.class).extension(SampleUpgrade.class);
    }

    /** @return a jar of plugin {@code id} at {@code version} with only its descriptor, needing plugins-api ^1.0.0 */
    public static PluginJar bare(String id, String version) {
        return new PluginJar(id, version);
    }

    /** @return the sample plugin: its pages, its template, and its version in {@code sample.properties} */
    public static PluginJar sample(String id, String version) {
        return plugin(id, version).extension(org.agora.it.plugins.SamplePages.class)
                .entry("sample.properties", "version=" + version + "\n")
                .entry("templates/home.html", """
                        <div class="sample-plugin"><h1 th:text="'Sample ' + ${version}">Sample</h1>
                        <p class="sample-viewer" th:text="${viewer.name()}">name</p>
                        <ul><li class="sample-note" th:each="n : ${notes}" th:text="${n}">note</li></ul>
                        <ul><li class="sample-upgrade" th:each="u : ${upgrades}" th:text="'upgraded from ' + ${u}">u</li></ul>
                        <form method="post" th:action="${base} + '/notes'">
                        <input type="hidden" th:name="${csrf.name}" th:value="${csrf.token}">
                        <input name="text" aria-label="Note"><button type="submit">Add</button></form></div>
                        """);
    }

    public PluginJar requires(String range) {
        manifest.put("Plugin-Requires", range);
        return this;
    }

    public PluginJar pluginClass(Class<?> type) {
        manifest.put("Plugin-Class", type.getName());
        return withClass(type);
    }

    /** Adds a class and lists it in the extension index, as PF4J's annotation processor would. */
    public PluginJar extension(Class<?> type) {
        extensions.add(type.getName());
        return withClass(type);
    }

    public PluginJar withClass(Class<?> type) {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return entry(type.getName().replace('.', '/') + ".class", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds every compiled class of the package of {@code type}, nested and anonymous classes included. */
    public PluginJar withPackageOf(Class<?> type) {
        try {
            Path classes = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path folder = classes.resolve(type.getPackageName().replace('.', '/'));
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    entry(classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds text entries, such as templates and message bundles, by name. */
    public PluginJar entries(Map<String, String> texts) {
        texts.forEach(this::entry);
        return this;
    }

    /** Sets a descriptor entry of the manifest, such as {@code Plugin-Provider}. */
    public PluginJar manifest(String name, String value) {
        manifest.put(name, value);
        return this;
    }

    public PluginJar entry(String name, String text) {
        return entry(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public PluginJar entry(String name, byte[] content) {
        entries.put(name, content);
        return this;
    }

    /** @return the jar's bytes */
    public byte[] bytes() {
        Manifest mf = new Manifest();
        Attributes main = mf.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.forEach(main::putValue);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(out, mf)) {
            if (!extensions.isEmpty()) {
                put(jar, "META-INF/extensions.idx", String.join("\n", extensions).getBytes(StandardCharsets.UTF_8));
            }
            for (var e : entries.entrySet()) {
                put(jar, e.getKey(), e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the jar into {@code folder}, as an administrator dropping it into the plugins folder does. */
    public Path writeTo(Path folder, String fileName) {
        try {
            return Files.write(folder.resolve(fileName), bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(JarOutputStream jar, String name, byte[] content) throws IOException {
        jar.putNextEntry(new ZipEntry(name));
        jar.write(content);
        jar.closeEntry();
    }
}
