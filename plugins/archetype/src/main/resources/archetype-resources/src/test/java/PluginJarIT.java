package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.agora.plugins.testkit.PluginJarChecks;
import org.junit.jupiter.api.Test;

/** The built jar passes the checks Agora's admin page makes before it installs a plugin. */
class PluginJarIT {

    @Test
    void agoraWouldInstallTheJar() throws Exception {
        Path jar = Path.of(System.getProperty("plugin.jar"));
        assertThat(PluginJarChecks.assertInstallable(jar).id()).isEqualTo("${pluginId}");
    }
}
