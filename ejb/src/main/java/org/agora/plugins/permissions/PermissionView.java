package org.agora.plugins.permissions;

import java.util.Set;

/**
 * One permission of a plugin as its permissions page shows it.
 *
 * @param key          the permission's key, the name of its checkboxes
 * @param label        what it allows, in the reader's language
 * @param roles        the roles that hold it now
 * @param defaultRoles the roles the plugin gives it
 * @param changed      true if an administrator replaced the defaults
 */
public record PermissionView(String key, String label, Set<String> roles, Set<String> defaultRoles,
                             boolean changed) {

    public PermissionView {
        roles = Set.copyOf(roles);
        defaultRoles = Set.copyOf(defaultRoles);
    }

    /** @return true if the role holds the permission; administrators always do */
    public boolean holds(String role) {
        return "admin".equals(role) || roles.contains(role);
    }
}
