package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Alone;
import org.agora.it.support.PluginAdmin;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A plugin developer's first hour: the archetype this build made generates a plugin project, which Maven builds
 * with its tests passing (the page's, then the check of the built jar as the admin page will check it), and whose
 * jar the admin page installs and Agora serves. The generated project builds
 * against the plugins API, test kit and archetype of this build, put in a local repository of the test's own, with
 * the developer's usual repository behind it for everything else.
 */
@AgoraTest
@Alone
class PluginArchetypeIT {

    private static final Path ROOT = Path.of(System.getProperty("agora.root"));
    private static final String API = System.getProperty("agora.api.version");
    private static String pluginId;

    @AfterAll
    static void remove() {
        if (pluginId != null) {
            new PluginAdmin(TestAccounts.admin()).remove(pluginId);
        }
    }

    @Test
    void aGeneratedPluginBuildsWithAPassingTestAndRunsInAgora() throws Exception {
        Path work = Files.createTempDirectory("agora-archetype");
        Path repo = work.resolve("repository");
        install(repo, "agora-parent", "0.1.0-SNAPSHOT", ROOT.resolve("pom.xml"), null);
        install(repo, "agora-plugins-api", API, ROOT.resolve("plugins-api/pom.xml"),
                ROOT.resolve("plugins-api/target/agora-plugins-api-" + API + ".jar"));
        install(repo, "agora-plugin-testkit", API, ROOT.resolve("plugins/testkit/pom.xml"),
                ROOT.resolve("plugins/testkit/target/agora-plugin-testkit-" + API + ".jar"));
        install(repo, "agora-plugin-archetype", API, ROOT.resolve("plugins/archetype/pom.xml"),
                ROOT.resolve("plugins/archetype/target/agora-plugin-archetype-" + API + ".jar"));

        pluginId = "kudos-" + Agora.unique("a").replaceAll("[^a-z0-9]", "");
        String generated = maven(work, repo, "archetype:generate", "-DarchetypeGroupId=org.agora",
                "-DarchetypeArtifactId=agora-plugin-archetype", "-DarchetypeVersion=" + API,
                "-DgroupId=com.example.kudos", "-DartifactId=kudos", "-Dversion=1.0.0",
                "-Dpackage=com.example.kudos", "-DpluginId=" + pluginId, "-DpluginName=Kudos");
        assertThat(generated).contains("BUILD SUCCESS");
        Path project = work.resolve("kudos");
        assertThat(project.resolve("src/main/java/com/example/kudos/HomePage.java")).exists();
        assertThat(project.resolve("src/main/resources/i18n/messages_fr.properties")).exists();

        String built = maven(project, repo, "verify");
        assertThat(built).as("the unit tests, then the check of the built jar")
                .contains("Tests run: 3, Failures: 0, Errors: 0").contains("Tests run: 1, Failures: 0, Errors: 0")
                .contains("BUILD SUCCESS");
        byte[] jar = Files.readAllBytes(project.resolve("target/kudos-1.0.0.jar"));

        new PluginAdmin(TestAccounts.admin()).install("kudos-1.0.0.jar", jar);
        AgoraClient member = TestAccounts.member("Kim Kudos " + pluginId, pluginId + "@kudos.test");
        String home = member.get("/m/" + pluginId + "/").body();
        assertThat(home).contains("Hello, ").contains("Version 1.0.0");
        assertThat(member.acceptLanguage("fr").get("/m/" + pluginId + "/").body()).contains("Bonjour, ");
        assertThat(member.acceptLanguage("en").get("/").body()).as("its menu entry")
                .contains("href=\"/m/" + pluginId + "/\"").contains("Kudos");
    }

    /** Puts an artifact of this build where Maven looks for it, as {@code mvn install} would have. */
    private static void install(Path repo, String artifactId, String version, Path pom, Path jar) throws IOException {
        Path folder = repo.resolve("org/agora").resolve(artifactId).resolve(version);
        Files.createDirectories(folder);
        Files.copy(pom, folder.resolve(artifactId + "-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            assertThat(jar).as("built by this run").exists();
            Files.copy(jar, folder.resolve(artifactId + "-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Runs this build's Maven in {@code folder}; @return its output */
    private static String maven(Path folder, Path repo, String... goals) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(), "-B", "-ntp",
                "-Dmaven.repo.local=" + repo, "-Dmaven.repo.local.tail=" + System.getProperty("maven.repo"),
                "-DinteractiveMode=false"));
        command.addAll(List.of(goals));
        Path log = Files.createTempFile(folder.getParent(), "maven", ".log");
        Process maven = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertThat(maven.waitFor(10, TimeUnit.MINUTES)).as("Maven finished").isTrue();
        String output = Files.readString(log);
        assertThat(maven.exitValue()).as(output).isZero();
        return output;
    }
}
