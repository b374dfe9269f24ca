package org.agora.plugins.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.plugins.api.PermissionDefinition;
import org.agora.plugins.api.PermissionProvider;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;

/** The permissions a plugin declares, with the roles its administrator gave them, for {@link TestHost}. */
final class DeclaredPermissions {

    private final String pluginId;
    private final List<PermissionDefinition> permissions = new ArrayList<>();
    private final Map<String, Set<String>> roles = new HashMap<>();

    DeclaredPermissions(String pluginId) {
        this.pluginId = pluginId;
    }

    void declare(PermissionProvider provider) {
        permissions.addAll(provider.permissions());
    }

    /** @throws IllegalArgumentException for a permission the plugin does not declare */
    void give(String permission, String... newRoles) {
        if (permissions.stream().noneMatch(p -> p.key().equals(permission))) {
            throw new IllegalArgumentException("plugin " + pluginId + " declares no permission " + permission);
        }
        roles.put(permission, Set.of(newRoles));
    }

    boolean permitted(Viewer viewer, String permission) {
        return permissions.stream().anyMatch(p -> p.key().equals(permission)
                && PermissionDefinition.grantedTo(viewer, rolesOf(p)));
    }

    boolean permitted(Viewer viewer, SpaceRef space, String permission) {
        return permissions.stream().anyMatch(p -> p.key().equals(permission)
                && PermissionDefinition.grantedTo(viewer, space, rolesOf(p)));
    }

    private Set<String> rolesOf(PermissionDefinition p) {
        return roles.getOrDefault(p.key(), p.defaultRoles());
    }
}
