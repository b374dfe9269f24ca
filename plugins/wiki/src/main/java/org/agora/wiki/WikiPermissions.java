package org.agora.wiki;

import java.util.List;
import java.util.Set;
import org.agora.plugins.api.PermissionDefinition;
import org.agora.plugins.api.PermissionProvider;
import org.pf4j.Extension;

/** Who writes wiki pages: every member by default. */
@Extension
public class WikiPermissions implements PermissionProvider {

    static final String WRITE = "wiki.write";

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(WRITE, "permission.write", Set.of("member")));
    }
}
