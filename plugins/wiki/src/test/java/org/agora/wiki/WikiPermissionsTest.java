package org.agora.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.testkit.Requests;
import org.agora.plugins.testkit.TestHost;
import org.junit.jupiter.api.Test;

class WikiPermissionsTest extends WikiFixture {

    private static final SpaceRef AS_READER = new SpaceRef(7, "team", "Team", false, false);
    private static final SpaceRef AS_MEMBER = new SpaceRef(7, "team", "Team", true, false);
    private static final SpaceRef AS_MANAGER = new SpaceRef(7, "team", "Team", true, true);
    private static final Viewer GUEST = TestHost.viewer(9, "Gus Guest", "guest");
    private static final Viewer GRACE = TestHost.admin("Grace Admin");

    private PageResult in(SpaceRef space, Requests request) throws Exception {
        return send(request.inSpace(space));
    }

    private WikiRights rights(Viewer who, SpaceRef space) throws Exception {
        Requests home = Requests.get("/").as(who);
        return (WikiRights) model(space == null ? send(home) : in(space, home)).get("rights");
    }

    @Test
    void inASpaceMembersCreateAndEditAndManagersDeleteAndLock() throws Exception {
        assertThat(rights(ADA, AS_READER)).isEqualTo(new WikiRights(false, false, false, false));
        assertThat(rights(ADA, AS_MEMBER)).isEqualTo(new WikiRights(true, true, false, false));
        assertThat(rights(ADA, AS_MANAGER)).isEqualTo(new WikiRights(true, true, true, true));
        assertThat(rights(GRACE, AS_READER)).isEqualTo(new WikiRights(true, true, true, true));
    }

    @Test
    void inTheCompanyWikiMembersCreateAndEditAndAdministratorsDeleteAndLock() throws Exception {
        assertThat(rights(ADA, null)).isEqualTo(new WikiRights(true, true, false, false));
        assertThat(rights(GUEST, null)).isEqualTo(new WikiRights(false, false, false, false));
        assertThat(rights(GRACE, null)).isEqualTo(new WikiRights(true, true, true, true));
    }

    @Test
    void administratorsChangeWhoHoldsAPermission() throws Exception {
        host.permissionRoles("wiki.delete", "space-member");
        assertThat(rights(ADA, AS_MEMBER).delete()).isTrue();
        host.permissionRoles("wiki.company.create", "communicator");
        assertThat(rights(ADA, null).create()).isFalse();
    }

    @Test
    void aReaderWhoIsNoMemberNeitherCreatesNorEditsNorDeletes() throws Exception {
        in(AS_MEMBER, Requests.post("/new").as(ADA).param("title", "Rota").param("text", "x"));
        assertThat(in(AS_READER, Requests.get("/new").as(BOB))).isInstanceOf(PageResult.Forbidden.class);
        assertThat(in(AS_READER, Requests.post("/new").as(BOB).param("title", "T").param("text", "t")))
                .isInstanceOf(PageResult.Forbidden.class);
        assertThat(in(AS_READER, Requests.get("/page/rota/edit").as(BOB))).isInstanceOf(PageResult.Forbidden.class);
        assertThat(in(AS_READER, Requests.post("/page/rota/edit").as(BOB).param("title", "Rota").param("text", "y")
                .param("base", "1"))).isInstanceOf(PageResult.Forbidden.class);
        assertThat(in(AS_MEMBER, Requests.post("/page/rota/delete").as(BOB))).isInstanceOf(PageResult.Forbidden.class);
        assertThat(in(AS_READER, Requests.get("/page/rota").as(BOB))).as("reading is the host's business")
                .isInstanceOf(PageResult.View.class);
        assertThat(new WikiStore(host.records(), 7).pages()).singleElement()
                .satisfies(p -> assertThat(p.markdown()).isEqualTo("x"));
    }

    @Test
    void aLockedPageIsEditedOnlyByHoldersOfTheLockPermission() throws Exception {
        in(AS_MEMBER, Requests.post("/new").as(ADA).param("title", "Rules").param("text", "x"));
        assertThat(in(AS_MEMBER, Requests.post("/page/rules/lock").as(ADA).param("locked", "true")))
                .isInstanceOf(PageResult.Forbidden.class);
        assertThat(in(AS_MANAGER, Requests.post("/page/rules/lock").as(BOB).param("locked", "true")))
                .isEqualTo(new PageResult.Redirect("/page/rules?space=7"));
        assertThat(in(AS_MEMBER, Requests.get("/page/rules/edit").as(ADA))).isInstanceOf(PageResult.Forbidden.class);
        assertThat(in(AS_MEMBER, Requests.post("/page/rules/restore").as(ADA).param("revision", "1")))
                .isInstanceOf(PageResult.Forbidden.class);
        assertThat(model(in(AS_MEMBER, Requests.get("/page/rules").as(ADA)))).containsEntry("mayEdit", false);
        assertThat(in(AS_MANAGER, Requests.post("/page/rules/edit").as(BOB).param("title", "Rules")
                .param("text", "y").param("base", "1"))).isEqualTo(new PageResult.Redirect("/page/rules?space=7"));
        in(AS_MANAGER, Requests.post("/page/rules/lock").as(BOB).param("locked", "false"));
        assertThat(model(in(AS_MEMBER, Requests.get("/page/rules").as(ADA)))).containsEntry("mayEdit", true);
    }

    @Test
    void everyPermissionHasALabelInBothLanguages() {
        new WikiPermissions().permissions().forEach(p -> {
            assertThat(host.messages(java.util.Locale.ENGLISH).get(p.label())).isNotEqualTo(p.label());
            assertThat(host.messages(java.util.Locale.FRENCH).get(p.label())).isNotEqualTo(p.label());
        });
        assertThat(new WikiPermissions().permissions()).extracting(p -> p.key())
                .contains("wiki.create", "wiki.edit", "wiki.delete", "wiki.lock");
    }
}
