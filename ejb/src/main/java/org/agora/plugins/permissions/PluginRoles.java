package org.agora.plugins.permissions;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agora.plugins.api.PermissionDefinition;
import org.agora.validation.InvalidInputException;

/** The roles a plugin permission can be given to, and the roles a person holds in a space. */
public final class PluginRoles {

    /** Every role, in the order the permissions page shows them. */
    public static final List<String> ALL = List.of("member", "communicator", "admin",
            PermissionDefinition.SPACE_MEMBER, PermissionDefinition.SPACE_MANAGER);

    private PluginRoles() {
    }

    /**
     * @param roles roles an administrator chose
     * @return them as a set
     * @throws InvalidInputException naming the first one that is not a role
     */
    public static Set<String> check(String field, Collection<String> roles) {
        for (String role : roles) {
            if (!ALL.contains(role)) {
                throw new InvalidInputException(field, "error.pluginPermission.role", role);
            }
        }
        return Set.copyOf(roles);
    }

    /**
     * @param companyRoles the person's company-wide roles
     * @param member       true if the person is an active member of the space
     * @param manager      true if the person owns or moderates the space
     * @return the roles the person holds in the space: the company roles plus the space's
     */
    public static Set<String> inSpace(Set<String> companyRoles, boolean member, boolean manager) {
        Set<String> held = new HashSet<>(companyRoles);
        if (member) {
            held.add(PermissionDefinition.SPACE_MEMBER);
        }
        if (member && manager) {
            held.add(PermissionDefinition.SPACE_MANAGER);
        }
        return Set.copyOf(held);
    }
}
