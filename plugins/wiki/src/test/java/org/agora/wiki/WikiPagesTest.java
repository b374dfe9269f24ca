package org.agora.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.plugins.api.PageRequest;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.Viewer;
import org.junit.jupiter.api.Test;

class WikiPagesTest {

    private static final Viewer ADA = new Viewer(1, "Ada Admin", "ada@lumen.example", Set.of("member"));

    private final InMemoryContext context = new InMemoryContext();
    private final WikiPages wiki = new WikiPages();

    private PageResult get(String path) {
        return wiki.handle(new PageRequest("GET", path, Map.of(), ADA), context);
    }

    private PageResult post(String path, String title, String text) {
        return wiki.handle(new PageRequest("POST", path,
                Map.of("title", List.of(title), "text", List.of(text)), ADA), context);
    }

    @Test
    void theHomeListsThePages() {
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
    void theNewPageFormIsEmpty() {
        assertThat(get("/new")).isInstanceOfSatisfying(PageResult.View.class, v -> {
            assertThat(v.template()).isEqualTo("edit");
            assertThat(v.status()).isEqualTo(200);
            assertThat(v.model()).containsEntry("title", "").containsEntry("text", "");
        });
    }

    @Test
    void anEmptyTitleShowsTheFormAgainWithTheTypedText() {
        assertThat(post("/new", "   ", "my precious draft")).isInstanceOfSatisfying(PageResult.View.class, v -> {
            assertThat(v.template()).isEqualTo("edit");
            assertThat(v.status()).isEqualTo(400);
            assertThat(v.model()).containsEntry("text", "my precious draft");
            assertThat(v.model().get("errors")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).containsKey("title");
        });
        assertThat(context.list(WikiPage.COLLECTION, 0, 10)).isEmpty();
    }

    @Test
    void anOverlongTitleIsRefused() {
        assertThat(post("/new", "x".repeat(WikiPage.MAX_TITLE + 1), "text"))
                .isInstanceOfSatisfying(PageResult.View.class, v -> assertThat(v.status()).isEqualTo(400));
    }

    @Test
    void creatingAPageStoresItAndRedirectsToIt() {
        assertThat(post("/new", " Onboarding Guide ", "Welcome **aboard**\n\n"))
                .isEqualTo(new PageResult.Redirect("/page/onboarding-guide"));
        assertThat(context.findBy(WikiPage.COLLECTION, "slug", "onboarding-guide")).singleElement()
                .satisfies(r -> assertThat(r.fields()).containsEntry("title", "Onboarding Guide")
                        .containsEntry("markdown", "Welcome **aboard**").containsEntry("author", "Ada Admin"));
    }

    @Test
    void theSameTitleTwiceGetsANumberedSlug() {
        assertThat(post("/new", "Team", "one")).isEqualTo(new PageResult.Redirect("/page/team"));
        assertThat(post("/new", "Team", "two")).isEqualTo(new PageResult.Redirect("/page/team-2"));
        assertThat(post("/new", "team!", "three")).isEqualTo(new PageResult.Redirect("/page/team-3"));
    }

    @Test
    void aPageIsShownWithItsRenderedText() {
        post("/new", "Onboarding", "Welcome");
        assertThat(get("/page/onboarding")).isInstanceOfSatisfying(PageResult.View.class, v -> {
            assertThat(v.template()).isEqualTo("page");
            assertThat(v.title()).isEqualTo("Onboarding");
            assertThat(v.model()).containsEntry("html", "<p>Welcome</p>");
            assertThat(((WikiPage) v.model().get("page")).slug()).isEqualTo("onboarding");
        });
    }

    @Test
    void unknownPathsAndPagesAreNotFound() {
        assertThat(get("/page/nothing-here")).isInstanceOf(PageResult.NotFound.class);
        assertThat(get("/elsewhere")).isInstanceOf(PageResult.NotFound.class);
        assertThat(get("/page/UPPER")).isInstanceOf(PageResult.NotFound.class);
        assertThat(get("/page/../../etc")).isInstanceOf(PageResult.NotFound.class);
        post("/new", "Onboarding", "Welcome");
        assertThat(post("/page/onboarding", "x", "y")).isInstanceOf(PageResult.NotFound.class);
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
        assertThat(WikiPage.problems("Title", "text")).isEmpty();
        assertThat(WikiPage.problems("", "x".repeat(WikiPage.MAX_TEXT + 1))).containsOnlyKeys("title", "text");
    }
}
