package org.agora.it.probe;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** Builds the probe plugin jar from this package's compiled classes and the resources below. */
public final class ProbeJar {

    private static final List<Class<?>> EXTENSIONS = List.of(ProbeMenu.class, ProbePages.class,
            ProbeDeclarations.class, ProbeListeners.class);

    private static final Map<String, String> RESOURCES = new LinkedHashMap<>();

    static {
        RESOURCES.put("templates/board.html", """
                <section class="probe-board">
                    <link rel="stylesheet" th:href="${assets} + '/probe.css'">
                    <h1 class="h4" th:text="#{probe.board(${space.name()})}">Board</h1>
                    <p class="greeting" th:text="${greeting}">Hello</p>
                    <p class="space-id" th:text="${space.id()}">1</p>
                </section>
                """);
        RESOURCES.put("i18n/messages.properties", """
                probe.tab=Probe board
                probe.profileTab=Probe card
                probe.secretMenu=Probe secret
                probe.board=Board of {0}
                probe.setting.greeting=Greeting shown on boards
                probe.setting.size=Board size
                probe.setting.loud=Shout
                probe.permission=See the probe's secret
                """);
        RESOURCES.put("i18n/messages_fr.properties", """
                probe.tab=Tableau sonde
                probe.profileTab=Fiche sonde
                probe.secretMenu=Secret sonde
                probe.board=Tableau de {0}
                probe.setting.greeting=Salut affiché sur les tableaux
                probe.setting.size=Taille du tableau
                probe.setting.loud=Crier
                probe.permission=Voir le secret de la sonde
                """);
        RESOURCES.put("assets/probe.css", ".probe-board { color: teal; }\n");
        RESOURCES.put("assets/js/app.js", "console.log('probe');\n");
    }

    private ProbeJar() {
    }

    /** Writes the probe plugin, version {@code version}, requiring plugins-api {@code requires}, to {@code jar}. */
    public static Path write(Path jar, String version, String requires) {
        Manifest manifest = new Manifest();
        Attributes a = manifest.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Plugin-Id", "probe");
        a.putValue("Plugin-Version", version);
        a.putValue("Plugin-Requires", requires);
        a.putValue("Plugin-Description", "Probes every extension point of the plugins API.");
        a.putValue("Plugin-Provider", "Agora tests");
        try {
            Files.createDirectories(jar.getParent());
            Path classes = Path.of(ProbeJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path folder = classes.resolve(ProbeJar.class.getPackageName().replace('.', '/'));
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest);
                 Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    add(zip, classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
                StringBuilder index = new StringBuilder();
                EXTENSIONS.forEach(c -> index.append(c.getName()).append('\n'));
                add(zip, "META-INF/extensions.idx", index.toString().getBytes(StandardCharsets.UTF_8));
                for (var r : RESOURCES.entrySet()) {
                    add(zip, r.getKey(), r.getValue().getBytes(StandardCharsets.UTF_8));
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(JarOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new JarEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
