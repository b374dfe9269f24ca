package org.agora.plugins.api;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A permission of a plugin with the company-wide roles that hold it by default.
 *
 * @param key          the permission's name, such as {@code wiki.edit}
 * @param label        a message key of the plugin or plain text that says what the permission allows
 * @param defaultRoles the roles that hold it until an administrator changes them on the plugin's permissions page:
 *                     {@code member}, {@code communicator}, {@code admin} (administrators hold every permission
 *                     anyway), and inside a space {@link #SPACE_MEMBER} and {@link #SPACE_MANAGER}
 * @since 1.1.0
 */
public record PermissionDefinition(String key, String label, Set<String> defaultRoles) {

    /** The role a space's members hold inside that space, for {@link PluginContext#permitted(Viewer, SpaceRef, String)}. */
    public static final String SPACE_MEMBER = "space-member";

    /** The role a space's owners and moderators hold inside that space. */
    public static final String SPACE_MANAGER = "space-manager";

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public PermissionDefinition {
        Objects.requireNonNull(label, "label");
        defaultRoles = Set.copyOf(defaultRoles);
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a valid permission key: " + key);
        }
    }

    /**
     * @param viewer a person
     * @return true if the person holds this permission through their roles
     */
    public boolean grantedTo(Viewer viewer) {
        return grantedTo(viewer, defaultRoles);
    }

    /**
     * @param viewer a person
     * @param space  the space where the permission is asked for
     * @return true if the person holds this permission there through their roles or their place in the space
     * @since 1.1.0
     */
    public boolean grantedTo(Viewer viewer, SpaceRef space) {
        return grantedTo(viewer, space, defaultRoles);
    }

    /**
     * @param viewer a person
     * @param roles  the roles that hold the permission, as an administrator set them
     * @return true if the person is an administrator or holds one of {@code roles}
     * @since 1.1.0
     */
    public static boolean grantedTo(Viewer viewer, Set<String> roles) {
        return viewer.isAdmin() || viewer.roles().stream().anyMatch(roles::contains);
    }

    /**
     * @param viewer a person
     * @param space  a space, whose members hold {@link #SPACE_MEMBER} and managers {@link #SPACE_MANAGER}
     * @param roles  the roles that hold the permission
     * @return true if the person is an administrator or holds one of {@code roles} there
     * @since 1.1.0
     */
    public static boolean grantedTo(Viewer viewer, SpaceRef space, Set<String> roles) {
        return grantedTo(viewer, roles)
                || space.member() && roles.contains(SPACE_MEMBER)
                || space.manager() && roles.contains(SPACE_MANAGER);
    }
}
