package org.agora.surveys;

import java.util.List;
import java.util.Set;
import org.agora.plugins.api.PermissionDefinition;
import org.agora.plugins.api.PermissionProvider;
import org.pf4j.Extension;

/**
 * Who creates surveys and polls: in a space, its members; for the whole company, communicators run surveys and every
 * employee may ask a quick poll. Separate keys, so that the company role {@code member} opens no space's surveys.
 * Administrators change the roles on the host's plugin permissions page.
 */
@Extension
public class SurveyPermissions implements PermissionProvider {

    static final String CREATE = "surveys.create";
    static final String COMPANY_CREATE = "surveys.company.create";
    static final String COMPANY_POLL = "surveys.company.poll";

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(CREATE, "permission.create", Set.of(PermissionDefinition.SPACE_MEMBER)),
                new PermissionDefinition(COMPANY_CREATE, "permission.company.create", Set.of("communicator")),
                new PermissionDefinition(COMPANY_POLL, "permission.company.poll", Set.of("member")));
    }
}
