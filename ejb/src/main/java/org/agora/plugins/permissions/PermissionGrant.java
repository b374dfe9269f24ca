package org.agora.plugins.permissions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The roles an administrator gave one permission of one plugin, which replace the declared defaults. */
@Entity
@Table(name = "plugin_permission_role")
public class PermissionGrant {

    @Id
    private String id;

    @Column(name = "plugin_id", nullable = false)
    private String pluginId;

    @Column(name = "permission_key", nullable = false)
    private String permission;

    @Column(name = "roles", nullable = false)
    private String roles;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PermissionGrant() {
    }

    PermissionGrant(String pluginId, String permission, Set<String> roles, long by, Instant now) {
        this.id = idOf(pluginId, permission);
        this.pluginId = pluginId;
        this.permission = permission;
        change(roles, by, now);
    }

    static String idOf(String pluginId, String permission) {
        return pluginId + "/" + permission;
    }

    void change(Set<String> newRoles, long by, Instant now) {
        // sorted, so that the stored text does not depend on the order of the form's checkboxes
        roles = PluginRoles.ALL.stream().filter(newRoles::contains).collect(Collectors.joining(","));
        updatedBy = by;
        updatedAt = now;
    }

    String permission() {
        return permission;
    }

    Set<String> roles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(roles.split(",")));
    }
}
