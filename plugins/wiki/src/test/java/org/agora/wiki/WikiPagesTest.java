package org.agora.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.RecordQuery;
import org.agora.plugins.api.SpaceRef;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.testkit.Requests;
import org.agora.plugins.testkit.TestHost;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class WikiPagesTest {

    private static final Viewer ADA = TestHost.viewer(1, "Ada Admin", "member");
    private static final SpaceRef TEAM = new SpaceRef(7, "team", "Team", true, false);

    private final TestHost host = TestHost.forPlugin("wiki")
            .declaring(new WikiSettings(), new WikiPermissions());
    private final WikiPages wiki = new WikiPages();

    private PageResult send(Requests request) throws Exception {
        return host.handle(wiki, request.build());
    }

    private PageResult get(String path) throws Exception {
        return send(Requests.get(path).as(ADA));
    }

    private PageResult post(String path, String title, String text) throws Exception {
        return send(Requests.post(path).as(ADA).param("title", title).param("text", text));
    }

    @Test
    void theHomeListsThePages() throws Exception {
        assertThat(get("/")).isInstanceOfSatisfying(PageResult.View.class,
                v -> assertThat((List<?>) v.model().get("pages")).isEmpty());
        post("/new", "Onboarding", "Welcome");
        post("/new", "Holidays", "Book early");
        assertThat(get("/")).isInstanceOfSatisfying(PageResult.View.class, v -> {
            assertThat(v.template()).isEqualTo("home");
            assertThat(v.status()).isEqualTo(200);
            assertThat((List<?>) v.model().get("pages")).extracting(p -> ((WikiPage) p).title())
                    .containsExactlyInAnyOrder("Onboarding", "Holidays");
        });
    }

    @Test
    void theHomeShowsTheIntroductionAdministratorsSet() throws Exception {
        assertThat(get("/")).isInstanceOfSatisfying(PageResult.View.class,
                v -> assertThat(v.model()).doesNotContainKey("intro"));
        host.setting(WikiSettings.INTRO, "Everything we know, written down.");
        assertThat(get("/")).isInstanceOfSatisfying(PageResult.View.class,
                v -> assertThat(v.model()).containsEntry("intro", "Everything we know, written down."));
    }

    @Test
    void aSpaceHasItsOwnPagesThatNeverShowOutsideIt() throws Exception {
        assertThat(send(Requests.post("/new").as(ADA).inSpace(TEAM).param("title", "Rota").param("text", "x")))
                .isEqualTo(new PageResult.Redirect("/page/rota?space=7"));
        post("/new", "Company handbook", "y");
        assertThat(send(Requests.get("/").as(ADA).inSpace(TEAM))).isInstanceOfSatisfying(PageResult.View.class, v -> {
            assertThat(v.title()).isEqualTo("Wiki of Team");
            assertThat((List<?>) v.model().get("pages")).extracting(p -> ((WikiPage) p).title())
                    .containsExactly("Rota");
        });
        assertThat(get("/")).isInstanceOfSatisfying(PageResult.View.class, v -> assertThat(
                (List<?>) v.model().get("pages")).extracting(p -> ((WikiPage) p).title())
                .containsExactly("Company handbook"));
        assertThat(get("/page/rota")).as("without its space").isInstanceOf(PageResult.NotFound.class);
        assertThat(send(Requests.get("/page/rota").as(ADA).inSpace(TEAM))).isInstanceOf(PageResult.View.class);
    }

    @Test
    void peopleWithoutTheWritePermissionMayNotWrite() throws Exception {
        Viewer guest = TestHost.viewer(5, "Gus Guest", "guest");
        assertThat(send(Requests.get("/new").as(guest))).isInstanceOf(PageResult.Forbidden.class);
        assertThat(send(Requests.post("/new").as(guest).param("title", "T").param("text", "t")))
                .isInstanceOf(PageResult.Forbidden.class);
        assertThat(host.records().all()).isEmpty();
        assertThat(send(Requests.get("/").as(guest))).isInstanceOfSatisfying(PageResult.View.class,
                v -> assertThat(v.model()).containsEntry("mayWrite", false));
    }

    @Test
    void theNewPageFormIsEmpty() throws Exception {
        assertThat(get("/new")).isInstanceOfSatisfying(PageResult.View.class, v -> {
            assertThat(v.template()).isEqualTo("edit");
            assertThat(v.status()).isEqualTo(200);
            assertThat(v.model()).containsEntry("title", "").containsEntry("text", "");
        });
    }

    @Test
    void anEmptyTitleShowsTheFormAgainWithTheTypedTextInTheReadersLanguage() throws Exception {
        assertThat(post("/new", "   ", "my precious draft")).isInstanceOfSatisfying(PageResult.View.class, v -> {
            assertThat(v.template()).isEqualTo("edit");
            assertThat(v.status()).isEqualTo(400);
            assertThat(v.model()).containsEntry("text", "my precious draft");
            assertThat(v.model().get("errors")).asInstanceOf(InstanceOfAssertFactories.MAP)
                    .containsEntry("title", "Give the page a title.");
        });
        assertThat(send(Requests.post("/new").as(ADA).in(Locale.FRENCH).param("title", "").param("text", "")))
                .isInstanceOfSatisfying(PageResult.View.class, v -> assertThat(v.model().get("errors"))
                        .asInstanceOf(InstanceOfAssertFactories.MAP)
                        .containsEntry("title", "Donnez un titre à la page."));
        assertThat(host.records().all()).isEmpty();
    }

    @Test
    void anOverlongTitleIsRefused() throws Exception {
        assertThat(post("/new", "x".repeat(WikiPage.MAX_TITLE + 1), "text"))
                .isInstanceOfSatisfying(PageResult.View.class, v -> assertThat(v.status()).isEqualTo(400));
    }

    @Test
    void creatingAPageStoresItAndRedirectsToIt() throws Exception {
        assertThat(post("/new", " Onboarding Guide ", "Welcome **aboard**\n\n"))
                .isEqualTo(new PageResult.Redirect("/page/onboarding-guide"));
        assertThat(host.records().findBy(WikiPage.COLLECTION, "slug", "onboarding-guide")).singleElement()
                .satisfies(r -> assertThat(r.fields()).containsEntry("title", "Onboarding Guide")
                        .containsEntry("markdown", "Welcome **aboard**").containsEntry("author", "Ada Admin")
                        .containsEntry("authorId", "1").containsEntry("space", "0"));
    }

    @Test
    void theSameTitleTwiceGetsANumberedSlug() throws Exception {
        assertThat(post("/new", "Team", "one")).isEqualTo(new PageResult.Redirect("/page/team"));
        assertThat(post("/new", "Team", "two")).isEqualTo(new PageResult.Redirect("/page/team-2"));
        assertThat(post("/new", "team!", "three")).isEqualTo(new PageResult.Redirect("/page/team-3"));
    }

    @Test
    void aPageIsShownWithItsRenderedText() throws Exception {
        post("/new", "Onboarding", "Welcome");
        assertThat(get("/page/onboarding")).isInstanceOfSatisfying(PageResult.View.class, v -> {
            assertThat(v.template()).isEqualTo("page");
            assertThat(v.title()).isEqualTo("Onboarding");
            assertThat(v.model()).containsEntry("html", "<p>Welcome</p>");
            assertThat(((WikiPage) v.model().get("page")).slug()).isEqualTo("onboarding");
        });
    }

    @Test
    void unknownPathsAndPagesAreNotFound() throws Exception {
        assertThat(get("/page/nothing-here")).isInstanceOf(PageResult.NotFound.class);
        assertThat(get("/elsewhere")).isInstanceOf(PageResult.NotFound.class);
        assertThat(get("/page/UPPER")).isInstanceOf(PageResult.NotFound.class);
        assertThat(get("/page/../../etc")).isInstanceOf(PageResult.NotFound.class);
        post("/new", "Onboarding", "Welcome");
        assertThat(post("/page/onboarding", "x", "y")).isInstanceOf(PageResult.NotFound.class);
    }

    @Test
    void erasingAnAuthorKeepsTheirPagesUnderAnAnonymousName() throws Exception {
        post("/new", "Onboarding", "Welcome");
        WikiPersonalData gdpr = new WikiPersonalData();
        assertThat(gdpr.export(1, host.context())).isEqualTo("{\"pagesWritten\":[\"Onboarding\"]}");
        assertThat(gdpr.export(99, host.context())).isNull();
        gdpr.erase(1, host.context());
        assertThat(host.records().find(RecordQuery.in(WikiPage.COLLECTION))).singleElement()
                .satisfies(r -> assertThat(r.fields()).containsEntry("author", "a former colleague")
                        .doesNotContainKey("authorId"));
        assertThat(gdpr.export(1, host.context())).isNull();
    }

    @Test
    void slugsAreLowerCaseAsciiWordsJoinedByDashes() {
        assertThat(WikiPage.slugOf("Équipe Résumé")).isEqualTo("equipe-resume");
        assertThat(WikiPage.slugOf("  Hello, World! 2025 ")).isEqualTo("hello-world-2025");
        assertThat(WikiPage.slugOf("???")).isEqualTo("page");
        assertThat(WikiPage.slugOf("a".repeat(200))).hasSize(80);
    }

    @Test
    void problemsAreReportedFieldByField() {
        var english = host.messages(Locale.ENGLISH);
        assertThat(WikiPage.problems("Title", "text", english)).isEmpty();
        assertThat(WikiPage.problems("", "x".repeat(WikiPage.MAX_TEXT + 1), english))
                .containsOnlyKeys("title", "text").containsEntry("text", "A page has at most 50,000 characters.");
    }

    @Test
    void theMenuLabelIsAKeyOfTheBundleInBothLanguages() {
        assertThat(new WikiMenu().entries(org.agora.plugins.api.MenuLocation.SPACE_TABS)).singleElement()
                .satisfies(e -> assertThat(host.messages(Locale.FRENCH).get(e.label())).isEqualTo("Wiki"));
        assertThat(new WikiMenu().entries(org.agora.plugins.api.MenuLocation.PROFILE_TABS)).isEmpty();
    }
}
