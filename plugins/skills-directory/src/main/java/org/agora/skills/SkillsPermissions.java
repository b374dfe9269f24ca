package org.agora.skills;

import java.util.List;
import java.util.Set;
import org.agora.plugins.api.PermissionDefinition;
import org.agora.plugins.api.PermissionProvider;
import org.pf4j.Extension;

/**
 * Who curates the taxonomy (categories and skills, administrators by default) and who reviews employees' proposals
 * and sees the risk list (the skills managers, administrators by default: give the permission to other roles on
 * the host's plugin permissions page). Declaring, proposing, endorsing and searching are for every employee.
 */
@Extension
public class SkillsPermissions implements PermissionProvider {

    static final String CURATE = "skills.curate";
    static final String REVIEW = "skills.review";

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(CURATE, "permission.curate", Set.of("admin")),
                new PermissionDefinition(REVIEW, "permission.review", Set.of("admin")));
    }
}
