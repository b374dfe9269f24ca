package org.agora.plugins.api;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A permission of a plugin with the company-wide roles that hold it by default.
 *
 * @param key          the permission's name, such as {@code wiki.edit}
 * @param label        a message key of the plugin or plain text that says what the permission allows
 * @param defaultRoles the roles that hold it: {@code member}, {@code communicator}, {@code admin}
 *                     (administrators hold every permission anyway)
 * @since 1.1.0
 */
public record PermissionDefinition(String key, String label, Set<String> defaultRoles) {

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
        return viewer.isAdmin() || viewer.roles().stream().anyMatch(defaultRoles::contains);
    }
}
