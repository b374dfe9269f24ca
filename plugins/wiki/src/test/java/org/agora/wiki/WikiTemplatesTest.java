package org.agora.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.testkit.Requests;
import org.junit.jupiter.api.Test;

/**
 * Renders every template with the models the handlers give, through the test kit's renderer, which sets up
 * Thymeleaf as the host does (its fragments included), so that an expression a template cannot evaluate fails here
 * rather than on Liberty.
 */
class WikiTemplatesTest extends WikiFixture {

    private String render(PageResult result, Locale locale) {
        String html = host.render(view(result), ADA, locale);
        assertThat(html).doesNotContain("??");
        return html;
    }

    private String render(PageResult result) {
        return render(result, Locale.ENGLISH);
    }

    @Test
    void theHomeShowsTheTreeTheHomePageAndTheForms() throws Exception {
        String hr = create("HR", "Welcome to [[Leave]]");
        post("/new", "title", "Leave", "text", "x", "parent", String.valueOf(page(hr).id()));
        post("/page/" + hr + "/home");
        String html = render(get("/"));
        assertThat(html).contains("<li class=\"depth-1\">").contains("href=\"/m/wiki/page/leave\"")
                .contains("action=\"/m/wiki/import\"").contains("value=\"test-csrf-token\"")
                .contains("<a class=\"wiki-link\" href=\"/m/wiki/page/leave\">Leave</a>");
        assertThat(render(get("/"), Locale.FRENCH)).contains("Importer du Markdown");
        assertThat(render(send(Requests.get("/").as(ADA).inSpace(TEAM)))).contains("Wiki of Team")
                .contains("href=\"/m/wiki/new?space=7\"");
    }

    @Test
    void aPageShowsItsActionsLinksFilesAndDiscussion() throws Exception {
        String slug = create("Rules <b>", "See [[Nowhere]]");
        host.content().attach(page(slug).contentId(), new org.agora.plugins.api.UploadedFile("file", "a.png",
                "image/png", new byte[] {1}), ADA);
        String html = render(send(Requests.get("/page/" + slug).as(TestAdmin.ADMIN)));
        assertThat(html).contains("Rules &lt;b&gt;").doesNotContain("Rules <b>")
                .contains("class=\"wiki-link missing\"").contains("Discuss (0)")
                .contains("href=\"/m/wiki/page/rules-b/edit\"").contains("action=\"/m/wiki/page/rules-b/lock\"")
                .contains("action=\"/m/wiki/page/rules-b/delete\"").contains("data-confirm=")
                .contains("/thumbnail").contains("Last edited by Ada Lovelace");
        assertThat(render(get("/page/" + slug))).doesNotContain("/lock\"").doesNotContain("/delete\"");
    }

    @Test
    void theFormsHistoryDiffAndConflictRender() throws Exception {
        assertThat(render(get("/new"))).contains("New wiki page").doesNotContain("name=\"base\"");
        String slug = create("Plan", "one");
        edit(ADA, slug, "Plan", "two", "second");
        assertThat(render(get("/page/" + slug + "/edit"))).contains("name=\"base\" value=\"2\"")
                .contains("Edit Plan");
        assertThat(render(get("/page/" + slug + "/history"))).contains("data-revision=\"2\"").contains("datetime=\"2026-03-02T09:00:00Z\"").contains("second")
                .contains("(current)");
        assertThat(render(send(Requests.get("/page/" + slug + "/diff").as(ADA).param("from", "1").param("to", "2"))))
                .contains("class=\"line removed\">− one<").contains("class=\"line added\">+ two<")
                .contains("Restore 1");
        String conflict = render(post(BOB, "/page/" + slug + "/edit", "title", "Plan", "text", "mine", "base", "1"));
        assertThat(conflict).contains("Ada Lovelace saved this page while you were editing it")
                .contains("name=\"base\" value=\"2\"").contains(">mine</textarea>");
        assertThat(render(post("/new", "title", "", "text", "kept"))).contains("Give the page a title.")
                .contains(">kept</textarea>");
    }

    /** An administrator, who sees every action. */
    static final class TestAdmin {
        static final org.agora.plugins.api.Viewer ADMIN = org.agora.plugins.testkit.TestHost.admin("Grace Admin");
    }
}
