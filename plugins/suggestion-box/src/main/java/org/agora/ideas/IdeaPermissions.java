package org.agora.ideas;

import java.util.List;
import java.util.Set;
import org.agora.plugins.api.PermissionDefinition;
import org.agora.plugins.api.PermissionProvider;
import org.pf4j.Extension;

/**
 * Who submits ideas and who manages a box (answers, moves ideas through the workflow, sees the review queue and the
 * dashboard): in the company box every employee submits and communicators manage; in a space's box its members
 * submit and its owners and moderators manage. Administrators manage every box.
 */
@Extension
public class IdeaPermissions implements PermissionProvider {

    static final String SUBMIT = "ideas.submit";
    static final String MANAGE = "ideas.manage";
    static final String SPACE_SUBMIT = "ideas.space.submit";
    static final String SPACE_MANAGE = "ideas.space.manage";

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(SUBMIT, "permission.submit", Set.of("member")),
                new PermissionDefinition(MANAGE, "permission.manage", Set.of("communicator")),
                new PermissionDefinition(SPACE_SUBMIT, "permission.space.submit",
                        Set.of(PermissionDefinition.SPACE_MEMBER)),
                new PermissionDefinition(SPACE_MANAGE, "permission.space.manage",
                        Set.of(PermissionDefinition.SPACE_MANAGER)));
    }
}
