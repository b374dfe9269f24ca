package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.agora.it.gate.GateJar;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Alone;
import org.agora.it.support.Page;
import org.agora.it.support.PluginAdmin;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Administrators choose which roles hold a plugin's permissions, on the plugin's permissions page, and reset them
 * to the plugin's defaults; the "gate" plugin asks the host, company-wide and inside spaces.
 */
@AgoraTest
@Alone
class PluginPermissionsIT {

    private static String id;
    private static AgoraClient admin;
    private static PluginAdmin plugins;

    @BeforeAll
    static void install() {
        id = Agora.unique("gate");
        admin = TestAccounts.admin();
        plugins = new PluginAdmin(admin);
        plugins.install(id + ".jar", GateJar.gate(id));
    }

    @AfterAll
    static void remove() {
        plugins.remove(id);
    }

    private String page() {
        return "/admin/plugin-permissions/" + id;
    }

    /** @return the value of the checked choice of a permission on the permissions page */
    private static String chosen(Page form, String permission) {
        return form.one("input[name=" + permission + "][checked]").val();
    }

    /** @return the names of the tabs of a space's page, as the person reads them */
    private static List<String> tabs(AgoraClient person, String slug) {
        return person.get("/spaces/" + slug).ok().select(".space-tabs a").eachText();
    }

    @Test
    void anAdministratorGivesAPermissionToMembersAndResetsItToTheDefaults() {
        String name = Agora.unique("Gina");
        AgoraClient member = TestAccounts.member(name, name.toLowerCase() + "@gate.test");
        assertThat(member.get("/m/" + id + "/open").status()).as("communicators only, by default").isEqualTo(403);

        assertThat(plugins.row(id)).contains("href=\"/admin/plugin-permissions/" + id + "\"");
        Page form = admin.get(page()).ok();
        assertThat(form.text()).contains("Open the gate").contains("Space owners and moderators");
        assertThat(chosen(form, "gate.open")).isEqualTo("communicator");

        Page saved = admin.post(page(), Map.of("gate.open", "member"));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(member.get("/m/" + id + "/open").body()).isEqualTo("{\"open\":true}");
        Page changed = admin.get(page()).ok();
        assertThat(chosen(changed, "gate.open")).isEqualTo("member");
        assertThat(changed.select(".permission-changed")).as("marked as changed").isNotEmpty();

        admin.get(page());
        assertThat(admin.post(page() + "/reset", Map.of()).status()).isEqualTo(303);
        assertThat(member.get("/m/" + id + "/open").status()).as("back to communicators").isEqualTo(403);
        Page reset = admin.get(page()).ok();
        assertThat(chosen(reset, "gate.open")).isEqualTo("communicator");
        assertThat(reset.select(".permission-changed")).isEmpty();
    }

    @Test
    void unknownRolesAndPermissionsAreRefusedWithAMessageAndNothingIsSaved() {
        String name = Agora.unique("Gus");
        AgoraClient member = TestAccounts.member(name, name.toLowerCase() + "@gate.test");
        admin.get(page());
        Page role = admin.post(page(), Map.of("gate.open", "root"));
        assertThat(role.status()).isEqualTo(400);
        assertThat(role.body()).contains("“root” is not a role").contains("plugin-permissions-form");
        admin.get(page());
        Page permission = admin.post(page(), Map.of("gate.nothing", "member"));
        assertThat(permission.status()).isEqualTo(400);
        assertThat(permission.body()).contains("The module declares no permission “gate.nothing”");
        assertThat(member.get("/m/" + id + "/open").status()).isEqualTo(403);

        AgoraClient french = TestAccounts.admin().acceptLanguage("fr");
        assertThat(french.get(page()).body()).contains("Ouvrir le portail").contains("Revenir aux valeurs par défaut");
        french.get(page());
        assertThat(french.post(page(), Map.of("gate.open", "root")).body()).contains("est pas un rôle");

        assertThat(admin.postRaw(page(), Map.of("gate.open", "member")).status()).as("without the CSRF token")
                .isEqualTo(403);
        assertThat(member.get("/m/" + id + "/open").status()).isEqualTo(403);
        assertThat(member.get(page()).status()).as("administrators only").isEqualTo(403);
        member.get("/");
        assertThat(member.post(page(), Map.of("gate.open", "member")).status()).isEqualTo(403);
        assertThat(admin.get("/admin/plugin-permissions/no-such-module").status()).isEqualTo(404);
    }

    @Test
    void spaceRolesHoldAPermissionOnlyInsideTheirSpace() {
        String ownerName = Agora.unique("Olga");
        AgoraClient owner = TestAccounts.member(ownerName, ownerName.toLowerCase() + "@gate.test");
        String joinerName = Agora.unique("Jon");
        AgoraClient joiner = TestAccounts.member(joinerName, joinerName.toLowerCase() + "@gate.test");
        String ours = space(owner);
        String theirs = space(owner);
        joiner.get("/spaces/" + ours);
        assertThat(joiner.post("/spaces/" + ours + "/join", Map.of()).status()).isEqualTo(303);
        String gate = "/m/" + id + "/space?space=";

        assertThat(owner.get(gate + ours).status()).as("space managers by default").isEqualTo(200);
        assertThat(joiner.get(gate + ours).status()).as("a plain member is no manager").isEqualTo(403);
        assertThat(tabs(owner, ours)).as("the tab, for its permission holders").contains("Space gate");
        assertThat(tabs(joiner, ours)).isNotEmpty().doesNotContain("Space gate");

        admin.get(page());
        assertThat(admin.post(page(), Map.of("gate.space", "space-member")).status()).isEqualTo(303);
        try {
            assertThat(joiner.get(gate + ours).body()).isEqualTo("{\"space\":true}");
            assertThat(joiner.get(gate + theirs).status()).as("not a member there").isEqualTo(403);
            assertThat(tabs(joiner, ours)).contains("Space gate");
            assertThat(tabs(joiner, theirs)).isNotEmpty().doesNotContain("Space gate");
            assertThat(owner.get(gate + theirs).status()).as("the owner is a member of both").isEqualTo(200);
            assertThat(joiner.get("/m/" + id + "/open").status()).as("gate.open kept its defaults")
                    .isEqualTo(403);
        } finally {
            admin.get(page());
            assertThat(admin.post(page() + "/reset", Map.of()).status()).isEqualTo(303);
        }
        assertThat(joiner.get(gate + ours).status()).isEqualTo(403);
    }

    private static String space(AgoraClient owner) {
        return Spaces.slug(Spaces.create(owner, Agora.unique("Gate space"), "PUBLIC"));
    }
}
