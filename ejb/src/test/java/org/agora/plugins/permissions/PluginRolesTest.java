package org.agora.plugins.permissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.agora.plugins.api.PermissionDefinition;
import org.agora.plugins.api.Viewer;
import org.agora.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class PluginRolesTest {

    @Test
    void onlyTheFiveRolesCanHoldAPermission() {
        assertThat(PluginRoles.check("wiki.edit", List.of("member", "space-manager")))
                .containsExactlyInAnyOrder("member", "space-manager");
        assertThat(PluginRoles.check("wiki.edit", List.of())).isEmpty();
        assertThatThrownBy(() -> PluginRoles.check("wiki.edit", List.of("member", "root")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("root")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("wiki.edit"));
    }

    @Test
    void membersOfASpaceHoldTheSpaceMemberRoleThereAndManagersAlsoTheManagerRole() {
        Set<String> member = Set.of("member");
        assertThat(PluginRoles.inSpace(member, false, false)).containsExactly("member");
        assertThat(PluginRoles.inSpace(member, true, false)).containsExactlyInAnyOrder("member", "space-member");
        assertThat(PluginRoles.inSpace(member, true, true))
                .containsExactlyInAnyOrder("member", "space-member", "space-manager");
        assertThat(PluginRoles.inSpace(member, false, true)).as("a manager who left is no manager")
                .containsExactly("member");
    }

    @Test
    void aStoredGrantKeepsItsRolesInTheOrderOfThePageAndMayHoldNone() {
        PermissionGrant grant = new PermissionGrant("wiki", "wiki.edit", Set.of("space-member", "member"), 1,
                Instant.EPOCH);
        assertThat(grant.roles()).containsExactlyInAnyOrder("member", "space-member");
        grant.change(Set.of(), 1, Instant.EPOCH);
        assertThat(grant.roles()).isEmpty();
        Viewer ada = new Viewer(1, "Ada", "ada@example.test", Set.of("member"));
        assertThat(PermissionDefinition.grantedTo(ada, grant.roles())).isFalse();
        assertThat(PermissionDefinition.grantedTo(new Viewer(2, "Bo", "bo@example.test", Set.of("member", "admin")),
                grant.roles())).as("administrators hold everything").isTrue();
    }
}
