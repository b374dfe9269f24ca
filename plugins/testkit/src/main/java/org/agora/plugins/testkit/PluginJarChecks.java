package org.agora.plugins.testkit;

import java.io.IOException;
import java.nio.file.Path;
import org.agora.plugins.api.PluginsApi;
import org.agora.plugins.api.jar.JarChecks;
import org.agora.plugins.api.jar.JarDescription;
import org.agora.plugins.api.jar.JarRefusedException;
import org.pf4j.DefaultVersionManager;

/**
 * Checks a built plugin jar as Agora's admin page does before it installs it, so that a plugin's own build fails
 * on what the host would refuse (a missing or malformed id or version, a {@code Plugin-Requires} range this API
 * does not satisfy, an unsafe entry...).
 *
 * <pre>{@code
 * // in an integration test, once the jar is built (mvn verify)
 * PluginJarChecks.assertInstallable(Path.of("target/hello-1.0.0.jar"));
 * }</pre>
 */
public final class PluginJarChecks {

    /** The host's default upload limit ({@code agora.plugins.max.mb}). */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private PluginJarChecks() {
    }

    /**
     * @return what the jar says about itself
     * @throws AssertionError saying, in English, why Agora would refuse the jar
     */
    public static JarDescription assertInstallable(Path jar) throws IOException {
        try {
            return new JarChecks(DEFAULT_MAX_BYTES, PluginsApi.VERSION, new DefaultVersionManager()).inspect(jar);
        } catch (JarRefusedException e) {
            throw new AssertionError("Agora would refuse " + jar.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
