package org.agora.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.agora.plugins.api.MenuLocation;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.testkit.Requests;
import org.agora.plugins.testkit.TestHost;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class WikiPagesTest extends WikiFixture {

    @Test
    void theHomeListsThePages() throws Exception {
        assertThat(list(get("/"), "pages")).isEmpty();
        create("Onboarding", "Welcome");
        create("Holidays", "Book early");
        PageResult.View home = view(get("/"));
        assertThat(home.template()).isEqualTo("home");
        assertThat(WikiFixture.<WikiPage>list(home, "pages")).extracting(WikiPage::title)
                .containsExactly("Holidays", "Onboarding");
    }

    @Test
    void theHomeShowsTheIntroductionAdministratorsSet() throws Exception {
        assertThat(model(get("/"))).doesNotContainKey("intro");
        host.setting(WikiSettings.INTRO, "Everything we know, written down.");
        assertThat(model(get("/"))).containsEntry("intro", "Everything we know, written down.");
    }

    @Test
    void aSpaceHasItsOwnPagesThatNeverShowOutsideIt() throws Exception {
        assertThat(send(Requests.post("/new").as(ADA).inSpace(TEAM).param("title", "Rota").param("text", "x")))
                .isEqualTo(new PageResult.Redirect("/page/rota?space=7"));
        create("Company handbook", "y");
        PageResult.View team = view(send(Requests.get("/").as(ADA).inSpace(TEAM)));
        assertThat(team.title()).isEqualTo("Wiki of Team");
        assertThat(WikiFixture.<WikiPage>list(team, "pages")).extracting(WikiPage::title).containsExactly("Rota");
        assertThat(WikiFixture.<WikiPage>list(get("/"), "pages")).extracting(WikiPage::title)
                .containsExactly("Company handbook");
        assertThat(get("/page/rota")).as("without its space").isInstanceOf(PageResult.NotFound.class);
        assertThat(get("/page/rota/history")).isInstanceOf(PageResult.NotFound.class);
        assertThat(get("/page/rota/export")).isInstanceOf(PageResult.NotFound.class);
        assertThat(send(Requests.get("/page/rota").as(ADA).inSpace(TEAM))).isInstanceOf(PageResult.View.class);
        assertThat(host.content().all()).extracting(s -> s.item().spaceId()).containsExactly(7L, null);
    }

    @Test
    void theNewPageFormIsEmptyOrPrefilledFromAMissingLink() throws Exception {
        PageResult.View form = view(get("/new"));
        assertThat(form.template()).isEqualTo("edit");
        assertThat(form.model()).containsEntry("title", "").containsEntry("text", "");
        assertThat(model(send(Requests.get("/new").as(ADA).param("title", "Travel  policy"))))
                .containsEntry("title", "Travel policy");
    }

    @Test
    void anEmptyTitleShowsTheFormAgainWithTheTypedTextInTheReadersLanguage() throws Exception {
        PageResult.View again = view(post("/new", "title", "   ", "text", "my precious draft"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.model()).containsEntry("text", "my precious draft");
        assertThat(again.model().get("errors")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("title", "Give the page a title.");
        assertThat(model(send(Requests.post("/new").as(ADA).in(Locale.FRENCH).param("title", "").param("text", ""))))
                .extractingByKey("errors").asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("title", "Donnez un titre à la page.");
        assertThat(host.records().all()).isEmpty();
        assertThat(host.content().all()).isEmpty();
    }

    @Test
    void overlongTitlesTextsAndCommentsAreRefused() throws Exception {
        assertThat(view(post("/new", "title", "x".repeat(WikiPage.MAX_TITLE + 1), "text", "t")).status())
                .isEqualTo(400);
        assertThat(view(post("/new", "title", "T", "text", "x".repeat(WikiPage.MAX_TEXT + 1))).status())
                .isEqualTo(400);
        assertThat(view(post("/new", "title", "T", "text", "t", "comment", "c".repeat(301))).status())
                .isEqualTo(400);
        assertThat(host.records().all()).isEmpty();
    }

    @Test
    void aWikiHasOneTitleOnlyOnce() throws Exception {
        create("Team", "one");
        PageResult.View again = view(post("/new", "title", "team", "text", "two"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.model().get("errors")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("title", "This wiki already has a page called “team”.");
        assertThat(send(Requests.post("/new").as(ADA).inSpace(TEAM).param("title", "Team").param("text", "x")))
                .as("another wiki, another address").isEqualTo(new PageResult.Redirect("/page/team-2?space=7"));
    }

    @Test
    void creatingAPageStoresItWithItsFirstRevisionAndPublishesIt() throws Exception {
        assertThat(post("/new", "title", " Onboarding Guide ", "text", "Welcome **aboard** @ada\n\n"))
                .isEqualTo(new PageResult.Redirect("/page/onboarding-guide"));
        WikiPage page = page("onboarding-guide");
        assertThat(page.title()).isEqualTo("Onboarding Guide");
        assertThat(page.markdown()).isEqualTo("Welcome **aboard** @ada");
        assertThat(page.revision()).isEqualTo(1);
        assertThat(host.content().all()).singleElement().satisfies(s -> {
            assertThat(s.item().id()).isEqualTo(page.contentId());
            assertThat(s.draft().type()).isEqualTo("page");
            assertThat(s.draft().title()).isEqualTo("Onboarding Guide");
            assertThat(s.draft().markdown()).isEqualTo("Welcome **aboard** @ada");
            assertThat(s.draft().path()).isEqualTo("/page/onboarding-guide");
        });
        assertThat(new WikiStore(host.records(), 0).revisions(page.id())).singleElement()
                .satisfies(r -> assertThat(r.author()).isEqualTo("Ada Lovelace"));
    }

    @Test
    void aPageIsShownWithItsTextItsDiscussionAndItsFiles() throws Exception {
        String slug = create("Onboarding", "Welcome");
        host.content().attach(page(slug).contentId(), new org.agora.plugins.api.UploadedFile("file", "map.png",
                "image/png", new byte[] {1, 2}), ADA);
        PageResult.View shown = view(get("/page/" + slug));
        assertThat(shown.template()).isEqualTo("page");
        assertThat(shown.title()).isEqualTo("Onboarding");
        assertThat(shown.model()).containsEntry("html", "<p>Welcome</p>")
                .containsEntry("discussPath", "/posts/" + page(slug).contentId())
                .containsEntry("discussLabel", "Discuss (0)")
                .containsEntry("editedBy", "Ada Lovelace")
                .containsEntry("editedAt", java.time.Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(WikiFixture.<Object>list(shown, "images")).hasSize(1);
    }

    @Test
    void filesAreAttachedAndRemovedThroughTheHost() throws Exception {
        String slug = create("Onboarding", "Welcome");
        long item = page(slug).contentId();
        assertThat(send(Requests.post("/page/" + slug + "/attach").as(ADA)
                .file("file", "plan.pdf", "application/pdf", new byte[] {1})))
                .isEqualTo(new PageResult.Redirect("/page/" + slug));
        assertThat(host.content().files(item)).extracting(f -> f.fileName()).containsExactly("plan.pdf");
        assertThat(post("/page/" + slug + "/attach")).isInstanceOf(PageResult.BadRequest.class);
        long file = host.content().files(item).getFirst().id();
        assertThat(post("/page/" + slug + "/detach", "file", "999")).isInstanceOf(PageResult.NotFound.class);
        post("/page/" + slug + "/detach", "file", String.valueOf(file));
        assertThat(host.content().files(item)).isEmpty();
    }

    @Test
    void thePreviewRendersLinksAsThePageWill() throws Exception {
        create("Holidays", "x");
        assertThat(post("/preview", "text", "See [[Holidays]] and [[Nowhere]]"))
                .isInstanceOfSatisfying(PageResult.Data.class, j -> assertThat(j.data()).asString()
                        .contains("class=\"wiki-link\" href=\"/m/wiki/page/holidays\"")
                        .contains("wiki-link missing"));
    }

    @Test
    void unknownPathsAndPagesAreNotFound() throws Exception {
        assertThat(get("/page/nothing-here")).isInstanceOf(PageResult.NotFound.class);
        assertThat(get("/elsewhere")).isInstanceOf(PageResult.NotFound.class);
        assertThat(get("/page/UPPER")).isInstanceOf(PageResult.NotFound.class);
        assertThat(get("/page/../../etc")).isInstanceOf(PageResult.NotFound.class);
        String slug = create("Onboarding", "Welcome");
        assertThat(post("/page/" + slug, "title", "x")).isInstanceOf(PageResult.NotFound.class);
        assertThat(get("/page/" + slug + "/nothing")).isInstanceOf(PageResult.NotFound.class);
    }

    @Test
    void slugsAreLowerCaseAsciiWordsJoinedByDashes() {
        assertThat(WikiPage.slugOf("Équipe Résumé")).isEqualTo("equipe-resume");
        assertThat(WikiPage.slugOf("  Hello, World! 2025 ")).isEqualTo("hello-world-2025");
        assertThat(WikiPage.slugOf("???")).isEqualTo("page");
        assertThat(WikiPage.slugOf("a".repeat(200))).hasSize(80);
    }

    @Test
    void theMenuLabelIsAKeyOfTheBundleInBothLanguages() {
        assertThat(new WikiMenu().entries(MenuLocation.SPACE_TABS)).singleElement()
                .satisfies(e -> assertThat(host.messages(Locale.FRENCH).get(e.label())).isEqualTo("Wiki"));
        assertThat(new WikiMenu().entries(MenuLocation.PROFILE_TABS)).isEmpty();
    }

    @Test
    void theContentTypesAreAPageFoundBySearchAndAnUpdateCardThatIsNot() {
        assertThat(new WikiContent().contentTypes()).extracting(t -> t.key() + ":" + t.searchable())
                .containsExactly("page:true", "update:false");
        assertThat(TestHost.member("x")).isNotNull();
    }
}
