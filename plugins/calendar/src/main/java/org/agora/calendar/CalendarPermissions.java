package org.agora.calendar;

import java.util.List;
import java.util.Set;
import org.agora.plugins.api.PermissionDefinition;
import org.agora.plugins.api.PermissionProvider;
import org.pf4j.Extension;

/**
 * Who adds and manages events. In a space's calendar members add events and managers edit or delete anyone's;
 * in the company's calendar communicators add events and administrators manage them. Organisers always edit and
 * delete their own events, and everyone keeps a personal calendar.
 */
@Extension
public class CalendarPermissions implements PermissionProvider {

    static final String CREATE = "calendar.create";
    static final String MANAGE = "calendar.manage";
    static final String COMPANY_CREATE = "calendar.company.create";
    static final String COMPANY_MANAGE = "calendar.company.manage";

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(CREATE, "permission.create", Set.of(PermissionDefinition.SPACE_MEMBER)),
                new PermissionDefinition(MANAGE, "permission.manage", Set.of(PermissionDefinition.SPACE_MANAGER)),
                new PermissionDefinition(COMPANY_CREATE, "permission.company.create", Set.of("communicator")),
                new PermissionDefinition(COMPANY_MANAGE, "permission.company.manage", Set.of("admin")));
    }
}
