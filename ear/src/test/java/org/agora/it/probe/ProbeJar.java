package org.agora.it.probe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.PluginAdmin;
import org.agora.it.support.PluginJar;

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

    private static boolean installed;

    private ProbeJar() {
    }

    /**
     * Installs the probe plugin, version 1.0.0 for plugins-api 1.1, once per test run, as an administrator who dropped
     * its jar into the plugins folder; it stays for every class that uses it, as the test server does.
     */
    public static synchronized void installOnce() {
        if (!installed) {
            write(Agora.SERVER_DIR.resolve("plugins").resolve("probe-plugin.jar"), "1.0.0", "^1.1.0");
            PluginAdmin.rescanAsAdministrator();
            installed = true;
        }
    }

    /** Writes the probe plugin, version {@code version}, requiring plugins-api {@code requires}, to {@code jar}. */
    public static Path write(Path jar, String version, String requires) {
        PluginJar plugin = PluginJar.bare("probe", version).requires(requires)
                .manifest("Plugin-Description", "Probes every extension point of the plugins API.")
                .manifest("Plugin-Provider", "Agora tests")
                .withPackageOf(ProbeJar.class).entries(RESOURCES);
        EXTENSIONS.forEach(plugin::extension);
        try {
            Files.createDirectories(jar.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return plugin.writeTo(jar.getParent(), jar.getFileName().toString());
    }
}
