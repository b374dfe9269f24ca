package org.agora.plugins.permissions;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.agora.people.Roles;
import org.agora.plugins.runtime.PluginRuntime;
import org.agora.plugins.api.PermissionDefinition;
import org.agora.plugins.runtime.PluginDeclarations;
import org.agora.plugins.runtime.PluginMessages;
import org.agora.validation.AccessDeniedException;
import org.agora.validation.InvalidInputException;
import org.agora.validation.UnknownItemException;

/** The roles that hold each plugin permission: the declared defaults, or what administrators chose. */
@Stateless
public class PluginPermissionService {

    @PersistenceContext(unitName = "agora")
    EntityManager em;

    @Inject
    Roles roles;

    @Inject
    PluginRuntime host;

    @Inject
    PluginDeclarations declarations;

    /**
     * @return the plugin's permissions with the roles that hold them, labels in {@code locale}
     * @throws AccessDeniedException unless an administrator asks
     * @throws UnknownItemException  if no plugin with that id runs
     */
    public List<PermissionView> permissions(long adminId, String pluginId, Locale locale) {
        roles.requireAdmin(adminId, "error.module.permissions");
        List<PermissionDefinition> declared = declared(pluginId);
        PluginMessages messages = PluginMessages.of(host.classLoader(pluginId)
                .orElseThrow(() -> new UnknownItemException("error.module.notRunning")), locale);
        Map<String, Set<String>> chosen = grants(pluginId);
        return declared.stream().map(d -> new PermissionView(d.key(), messages.find(d.label()).orElse(d.label()),
                chosen.getOrDefault(d.key(), d.defaultRoles()), d.defaultRoles(), chosen.containsKey(d.key())))
                .toList();
    }

    /**
     * Gives each declared permission the roles checked in the form; a permission with no role checked is held by
     * administrators only.
     *
     * @param form the roles checked, by permission key
     * @throws AccessDeniedException unless an administrator asks
     * @throws InvalidInputException for a permission the plugin does not declare or a role that does not exist;
     *                               nothing is saved then
     */
    public void save(long adminId, String pluginId, Map<String, List<String>> form) {
        roles.requireAdmin(adminId, "error.module.permissions");
        List<PermissionDefinition> declared = declared(pluginId);
        for (String key : form.keySet()) {
            if (declared.stream().noneMatch(d -> d.key().equals(key))) {
                throw new InvalidInputException(key, "error.pluginPermission.unknown", key);
            }
        }
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        for (PermissionDefinition d : declared) {
            roles.put(d.key(), PluginRoles.check(d.key(), form.getOrDefault(d.key(), List.of())));
        }
        Instant now = Instant.now();
        roles.forEach((key, held) -> {
            PermissionGrant grant = em.find(PermissionGrant.class, PermissionGrant.idOf(pluginId, key));
            if (grant == null) {
                em.persist(new PermissionGrant(pluginId, key, held, adminId, now));
            } else {
                grant.change(held, adminId, now);
            }
        });
    }

    /**
     * Gives every permission of the plugin its declared default roles again.
     *
     * @throws AccessDeniedException unless an administrator asks
     */
    public void reset(long adminId, String pluginId) {
        roles.requireAdmin(adminId, "error.module.permissions");
        em.createQuery("DELETE FROM PermissionGrant g WHERE g.pluginId = :plugin")
                .setParameter("plugin", pluginId).executeUpdate();
    }

    /** @return the roles administrators chose, by permission key; a permission missing here has its defaults */
    public Map<String, Set<String>> grants(String pluginId) {
        Map<String, Set<String>> chosen = new HashMap<>();
        em.createQuery("SELECT g FROM PermissionGrant g WHERE g.pluginId = :plugin", PermissionGrant.class)
                .setParameter("plugin", pluginId).getResultStream().forEach(g -> chosen.put(g.permission(), g.roles()));
        return chosen;
    }

    private List<PermissionDefinition> declared(String pluginId) {
        if (host.classLoader(pluginId).isEmpty()) {
            throw new UnknownItemException("error.module.notRunning");
        }
        return declarations.permissions(pluginId);
    }
}
