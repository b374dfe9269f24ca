package org.agora.plugins.extensions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.plugins.PluginHost;
import org.agora.plugins.api.PermissionDefinition;
import org.agora.plugins.api.PermissionProvider;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;

/** The permissions plugins declare, and whether a person holds one. */
@ApplicationScoped
public class PluginPermissions {

    private static final Logger LOG = Logger.getLogger(PluginPermissions.class.getName());

    @Inject
    PluginHost host;

    /** @return the permissions a running plugin declares */
    public List<PermissionDefinition> declared(String pluginId) {
        return host.extensions(pluginId, PermissionProvider.class).stream().flatMap(p -> {
            try {
                return p.call(() -> p.extension().permissions()).stream();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Plugin " + pluginId + " failed to declare its permissions", e);
                return java.util.stream.Stream.<PermissionDefinition>empty();
            }
        }).toList();
    }

    /**
     * @return true if the viewer holds the plugin's permission; a permission nobody declared is held by nobody, so a
     *         typo refuses rather than allows
     */
    public boolean permitted(String pluginId, Viewer viewer, String permission) {
        return declared(pluginId).stream().anyMatch(p -> p.key().equals(permission) && p.grantedTo(viewer));
    }

    /** @return true if the viewer holds the plugin's permission in the space, through their roles or place there */
    public boolean permitted(String pluginId, Viewer viewer, SpaceRef space, String permission) {
        return declared(pluginId).stream().anyMatch(p -> p.key().equals(permission) && p.grantedTo(viewer, space));
    }
}
