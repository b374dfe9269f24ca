package org.agora.plugins.lifecycle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.agora.plugins.api.jar.JarChecks;
import org.agora.plugins.api.jar.JarDescription;
import org.agora.plugins.api.jar.JarRefusedException;
import org.agora.validation.InvalidInputException;
import org.pf4j.PluginDependency;
import org.pf4j.VersionManager;

/**
 * The checks a plugin jar passes before any of its code is loaded: size, a real zip, no entry that leaves the jar,
 * a descriptor with id and version, a {@code Plugin-Requires} range this Agora satisfies, and well-formed
 * {@code Plugin-Dependencies}. Each refusal says why.
 */
public final class JarInspection {

    /** Plugin ids become URL segments under {@code /m/}, so they follow the page controller's pattern. */
    public static final java.util.regex.Pattern ID = JarChecks.ID;
    private static final String FIELD = "jar";

    private final JarChecks checks;
    private final VersionManager versions;

    /**
     * @param maxBytes   the largest jar accepted
     * @param apiVersion the plugins-api version this Agora provides
     * @param versions   how PF4J compares versions and ranges
     */
    public JarInspection(long maxBytes, String apiVersion, VersionManager versions) {
        this.checks = new JarChecks(maxBytes, apiVersion, versions);
        this.versions = versions;
    }

    /**
     * @return the descriptor of a jar that passed every check of the plugins API's {@link JarChecks}
     * @throws InvalidInputException saying why the jar is refused, in the administrator's language
     */
    public JarDescriptor inspect(Path jar) throws IOException {
        try {
            JarDescription d = checks.inspect(jar);
            return new JarDescriptor(d.id(), d.version(), d.requires(), d.dependencies());
        } catch (JarRefusedException e) {
            throw new InvalidInputException(FIELD, e.key(), e.arguments().toArray());
        }
    }

    /** @return true for absolute paths, drive letters, backslashes and ".." segments */
    static boolean unsafe(String name) {
        return JarChecks.unsafe(name);
    }

    /** Reads {@code Plugin-Dependencies} as PF4J does: {@code id}, {@code id@range}, {@code id?} for optional. */
    static List<PluginDependency> dependencies(String value) {
        return JarChecks.dependencies(value);
    }

    /**
     * @param pluginId   the plugin that needs another
     * @param dependency a plugin it needs
     * @param installed  the version of that plugin running here, or null
     * @return the refusal of {@code pluginId} saying why {@code installed} does not satisfy the dependency, or
     *     empty when it does
     */
    public Optional<InvalidInputException> unmet(String pluginId, PluginDependency dependency, String installed) {
        String range = dependency.getPluginVersionSupport();
        boolean anyVersion = range == null || range.isBlank() || range.equals("*");
        if (installed == null) {
            return Optional.of(refused("error.plugin.needs.stopped", pluginId, dependency.getPluginId(),
                    anyVersion ? "" : " " + range));
        }
        boolean fits;
        try {
            fits = anyVersion || versions.checkVersionConstraint(installed, range);
        } catch (RuntimeException e) {
            fits = false;
        }
        return fits ? Optional.empty() : Optional.of(refused("error.plugin.needs.version", pluginId,
                dependency.getPluginId(), range, installed));
    }

    /**
     * @return true if {@code candidate} is a newer version than {@code installed}
     */
    public boolean newer(String candidate, String installed) {
        try {
            return versions.compareVersions(candidate, installed) > 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static InvalidInputException refused(String key, Object... arguments) {
        return new InvalidInputException(FIELD, key, arguments);
    }
}
