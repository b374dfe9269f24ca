package org.agora.plugins.api.jar;

import java.util.List;
import org.pf4j.PluginDependency;

/**
 * What a plugin jar says about itself, once it passed the checks of {@link JarChecks}.
 *
 * @param id           the plugin id, also its URL prefix under {@code /m/}
 * @param version      the plugin's semantic version
 * @param requires     the plugins API range it needs, possibly empty (any)
 * @param dependencies the other plugins it needs ({@code Plugin-Dependencies}, such as {@code wiki@>=1.0.0}); an
 *                     optional one ({@code wiki?}) is used when present
 * @since 1.2.0
 */
public record JarDescription(String id, String version, String requires, List<PluginDependency> dependencies) {

    public JarDescription {
        dependencies = List.copyOf(dependencies);
    }
}
