package org.agora.plugins.extensions;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.agora.plugins.runtime.PluginDeclarations;
import org.agora.plugins.runtime.PluginFailedException;
import org.agora.plugins.api.PermissionDefinition;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.permissions.PluginPermissionService;
import org.agora.plugins.permissions.PluginRoles;
import org.agora.spaces.SpaceAccess;
import org.agora.spaces.model.Access;
import org.agora.validation.UnknownItemException;

/**
 * The permissions plugins declare, and whether a person holds one: administrators hold them all, others through
 * the roles an administrator gave the permission, or else its declared default roles.
 */
@ApplicationScoped
public class PluginPermissions {

    private static final Logger LOG = Logger.getLogger(PluginPermissions.class.getName());

    @Inject
    PluginDeclarations declarations;

    @EJB
    PluginPermissionService grants;

    @EJB
    SpaceAccess spaces;

    /** @return the permissions a running plugin declares; none when it fails to say */
    public List<PermissionDefinition> declared(String pluginId) {
        try {
            return declarations.permissions(pluginId);
        } catch (PluginFailedException e) {
            LOG.warning(() -> "Plugin " + pluginId + " failed to declare its permissions: " + e.getMessage());
            return List.of();
        }
    }

    /**
     * @return true if the viewer holds the plugin's permission; a permission nobody declared is held by nobody, so a
     *         typo refuses rather than allows
     */
    public boolean permitted(String pluginId, Viewer viewer, String permission) {
        return roles(pluginId, permission).map(roles -> PermissionDefinition.grantedTo(viewer, roles)).orElse(false);
    }

    /**
     * @return true if the viewer holds the plugin's permission in the space, where members hold
     *         {@code space-member} and owners and moderators {@code space-manager}; the host reads the viewer's place
     *         in the space itself rather than trusting the flags of {@code space}
     */
    public boolean permitted(String pluginId, Viewer viewer, SpaceRef space, String permission) {
        return permitted(pluginId, viewer, space.id(), permission);
    }

    /** @return true if the viewer holds the plugin's permission in the space with id {@code spaceId} */
    public boolean permitted(String pluginId, Viewer viewer, long spaceId, String permission) {
        Optional<Set<String>> roles = roles(pluginId, permission);
        if (roles.isEmpty()) {
            return false;
        }
        if (viewer.isAdmin()) {
            return true;
        }
        Access access;
        try {
            access = spaces.access(spaceId, viewer.id());
        } catch (UnknownItemException e) {
            return false;
        }
        Set<String> held = PluginRoles.inSpace(viewer.roles(), access.isMember(), access.canManage());
        return held.stream().anyMatch(roles.get()::contains);
    }

    private Optional<Set<String>> roles(String pluginId, String permission) {
        return declared(pluginId).stream().filter(p -> p.key().equals(permission)).findFirst()
                .map(p -> grants.grants(pluginId).getOrDefault(p.key(), p.defaultRoles()));
    }
}
