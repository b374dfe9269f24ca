package org.agora.plugins.lifecycle;

import java.util.List;
import org.pf4j.PluginDependency;

/**
 * What a plugin jar says about itself, once it passed the checks of {@link JarInspection}.
 *
 * @param id           the plugin id, also its URL prefix under {@code /m/}
 * @param version      the plugin's semantic version
 * @param requires     the plugins-api range it needs, possibly empty (any)
 * @param dependencies the other plugins it needs ({@code Plugin-Dependencies}, such as {@code wiki@>=1.0.0}); an
 *                     optional one ({@code wiki?}) is used when present
 */
public record JarDescriptor(String id, String version, String requires, List<PluginDependency> dependencies) {

    public JarDescriptor {
        dependencies = List.copyOf(dependencies);
    }

    /** A plugin that needs no other plugin. */
    public JarDescriptor(String id, String version, String requires) {
        this(id, version, requires, List.of());
    }

    /** @return the plugins it cannot run without */
    public List<PluginDependency> required() {
        return dependencies.stream().filter(d -> !d.isOptional()).toList();
    }

    /** @return the file name the host keeps the jar under in the plugins folder */
    public String fileName() {
        return id + "-" + version.replaceAll("[^A-Za-z0-9._-]", "_") + ".jar";
    }
}
