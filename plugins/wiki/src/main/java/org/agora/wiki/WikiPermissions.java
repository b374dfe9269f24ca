package org.agora.wiki;

import java.util.List;
import java.util.Set;
import org.agora.plugins.api.PermissionDefinition;
import org.agora.plugins.api.PermissionProvider;
import org.pf4j.Extension;

/**
 * Who creates, edits, deletes and locks pages. A space's wiki asks the {@code wiki.*} permissions in the space,
 * where members create and edit and managers delete and lock; the company wiki asks the {@code wiki.company.*}
 * permissions, where every member creates and edits and administrators delete and lock. They are separate keys
 * because the company role {@code member} must not open every space's wiki to every employee. Administrators change
 * the roles on the host's plugin permissions page.
 */
@Extension
public class WikiPermissions implements PermissionProvider {

    static final String CREATE = "create";
    static final String EDIT = "edit";
    static final String DELETE = "delete";
    static final String LOCK = "lock";

    @Override
    public List<PermissionDefinition> permissions() {
        Set<String> members = Set.of(PermissionDefinition.SPACE_MEMBER);
        Set<String> managers = Set.of(PermissionDefinition.SPACE_MANAGER);
        return List.of(
                new PermissionDefinition(key(true, CREATE), "permission.create", members),
                new PermissionDefinition(key(true, EDIT), "permission.edit", members),
                new PermissionDefinition(key(true, DELETE), "permission.delete", managers),
                new PermissionDefinition(key(true, LOCK), "permission.lock", managers),
                new PermissionDefinition(key(false, CREATE), "permission.company.create", Set.of("member")),
                new PermissionDefinition(key(false, EDIT), "permission.company.edit", Set.of("member")),
                new PermissionDefinition(key(false, DELETE), "permission.company.delete", Set.of("admin")),
                new PermissionDefinition(key(false, LOCK), "permission.company.lock", Set.of("admin")));
    }

    /** @return the key of an action in a space's wiki or in the company wiki */
    static String key(boolean inSpace, String action) {
        return inSpace ? "wiki." + action : "wiki.company." + action;
    }
}
