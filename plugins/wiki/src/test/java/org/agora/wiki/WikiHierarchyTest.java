package org.agora.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.plugins.api.PageResult;
import org.agora.plugins.testkit.Requests;
import org.junit.jupiter.api.Test;

class WikiHierarchyTest extends WikiFixture {

    private String child(String title, String parentSlug) throws Exception {
        PageResult r = post("/new", "title", title, "text", title, "parent", String.valueOf(page(parentSlug).id()));
        return ((PageResult.Redirect) r).location().substring("/page/".length());
    }

    private String tree() throws Exception {
        StringBuilder out = new StringBuilder();
        for (WikiTree.Row row : WikiFixture.<WikiTree.Row>list(get("/"), "tree")) {
            out.append("  ".repeat(row.depth())).append(row.page().title()).append('\n');
        }
        return out.toString();
    }

    @Test
    void pagesCreatedBelowAPageFormATree() throws Exception {
        String hr = create("HR", "x");
        String leave = child("Leave", hr);
        child("Sick leave", leave);
        create("Engineering", "y");
        assertThat(tree()).isEqualTo("Engineering\nHR\n  Leave\n    Sick leave\n");
        PageResult.View shown = view(get("/page/sick-leave"));
        assertThat(WikiFixture.<WikiPage>list(shown, "ancestors")).extracting(WikiPage::title)
                .containsExactly("HR", "Leave");
        assertThat(WikiFixture.<WikiPage>list(get("/page/" + hr), "children")).extracting(WikiPage::title)
                .containsExactly("Leave");
        assertThat(model(send(Requests.get("/new").as(ADA).param("parent", String.valueOf(page(hr).id())))))
                .containsEntry("parent", page(hr).id());
    }

    @Test
    void movingAPageTakesItsSubtreeAlong() throws Exception {
        String hr = create("HR", "x");
        String leave = child("Leave", hr);
        child("Sick leave", leave);
        String people = create("People", "y");
        assertThat(post("/page/" + leave + "/move", "parent", String.valueOf(page(people).id())))
                .isEqualTo(new PageResult.Redirect("/page/leave"));
        assertThat(tree()).isEqualTo("HR\nPeople\n  Leave\n    Sick leave\n");
        post("/page/" + leave + "/move", "parent", "0");
        assertThat(tree()).isEqualTo("HR\nLeave\n  Sick leave\nPeople\n");
    }

    @Test
    void aPageCannotMoveUnderItselfOrItsDescendants() throws Exception {
        String hr = create("HR", "x");
        String leave = child("Leave", hr);
        String sick = child("Sick leave", leave);
        assertThat(post("/page/" + hr + "/move", "parent", String.valueOf(page(sick).id())))
                .isEqualTo(new PageResult.BadRequest("A page cannot move under itself or a page below it."));
        assertThat(post("/page/" + hr + "/move", "parent", String.valueOf(page(hr).id())))
                .isInstanceOf(PageResult.BadRequest.class);
        assertThat(post("/page/" + hr + "/move", "parent", "424242")).isInstanceOf(PageResult.BadRequest.class);
        assertThat(tree()).isEqualTo("HR\n  Leave\n    Sick leave\n");
        assertThat(WikiFixture.<WikiPage>list(get("/page/" + hr), "moveTargets")).isEmpty();
    }

    @Test
    void aPageCannotMoveIntoAnotherWiki() throws Exception {
        send(Requests.post("/new").as(ADA).inSpace(TEAM).param("title", "Rota").param("text", "x"));
        String hr = create("HR", "x");
        long rota = new WikiStore(host.records(), TEAM.id()).bySlug("rota").orElseThrow().id();
        assertThat(post("/page/" + hr + "/move", "parent", String.valueOf(rota)))
                .isInstanceOf(PageResult.BadRequest.class);
    }

    @Test
    void eachWikiHasItsOwnHomePage() throws Exception {
        String hr = create("HR", "Welcome to **HR**");
        assertThat(model(get("/"))).doesNotContainKey("home");
        assertThat(post("/page/" + hr + "/home")).isEqualTo(new PageResult.Redirect("/"));
        assertThat(model(get("/"))).containsEntry("html", "<p>Welcome to **HR**</p>");
        assertThat(((WikiPage) model(get("/")).get("home")).title()).isEqualTo("HR");
        assertThat(model(get("/page/" + hr))).containsEntry("isHome", true);
        assertThat(model(send(Requests.get("/").as(ADA).inSpace(TEAM)))).doesNotContainKey("home");
        send(Requests.post("/new").as(ADA).inSpace(TEAM).param("title", "Rota").param("text", "x"));
        send(Requests.post("/page/rota/home").as(ADA).inSpace(TEAM));
        assertThat(((WikiPage) model(send(Requests.get("/").as(ADA).inSpace(TEAM))).get("home")).title())
                .isEqualTo("Rota");
        assertThat(((WikiPage) model(get("/")).get("home")).title()).isEqualTo("HR");
    }

    @Test
    void deletingAPageMovesItsChildrenUpAndRemovesItsItem() throws Exception {
        String hr = create("HR", "x");
        String leave = child("Leave", hr);
        child("Sick leave", leave);
        post("/page/" + hr + "/home");
        assertThat(post(TestAdmin.ADMIN, "/page/" + leave + "/delete")).isEqualTo(new PageResult.Redirect("/"));
        assertThat(tree()).isEqualTo("HR\n  Sick leave\n");
        assertThat(host.content().all()).extracting(s -> s.item().title()).containsExactly("HR", "Sick leave");
        assertThat(host.records().all()).filteredOn(r -> r.collection().equals("revisions")).hasSize(2);
        post(TestAdmin.ADMIN, "/page/" + hr + "/delete");
        assertThat(model(get("/"))).doesNotContainKey("home");
    }

    /** An administrator of the company, who deletes and locks company wiki pages. */
    static final class TestAdmin {
        static final org.agora.plugins.api.Viewer ADMIN = org.agora.plugins.testkit.TestHost.admin("Grace Admin");
    }
}
