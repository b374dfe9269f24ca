package org.agora.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.agora.plugins.api.PageResult;
import org.agora.plugins.api.Viewer;
import org.agora.plugins.testkit.Requests;
import org.agora.plugins.testkit.TestHost;
import org.agora.plugins.api.events.ContentRemoved;
import org.agora.plugins.api.events.PersonErased;
import org.agora.plugins.testkit.InMemoryContentItems;
import org.junit.jupiter.api.Test;

class WikiFeedTest extends WikiFixture {

    private List<InMemoryContentItems.Stored> cards() {
        return host.content().all().stream().filter(s -> s.draft().type().equals("update")).toList();
    }

    @Test
    void eachSaveUpdatesThePageItemSoSearchAndMentionsSeeTheNewText() throws Exception {
        String slug = create("Onboarding", "first");
        long item = page(slug).contentId();
        edit(ADA, slug, "Onboarding guide", "now with @bob and #hr", "");
        assertThat(host.content().draft(item)).get().satisfies(d -> {
            assertThat(d.title()).isEqualTo("Onboarding guide");
            assertThat(d.markdown()).isEqualTo("now with @bob and #hr");
            assertThat(d.path()).isEqualTo("/page/onboarding");
        });
        assertThat(page(slug).contentId()).isEqualTo(item);
    }

    @Test
    void theAuthorsEditsOnTheFirstDayGoIntoThePagesOwnCard() throws Exception {
        String slug = create("Onboarding", "v1");
        assertThat(cards()).as("a new page is its own card").isEmpty();
        edit(ADA, slug, "Onboarding", "v2", "typo");
        clock.pass(Duration.ofHours(20));
        edit(ADA, slug, "Onboarding", "v3", "more");
        assertThat(cards()).isEmpty();
        assertThat(host.content().draft(page(slug).contentId())).get()
                .satisfies(d -> assertThat(d.markdown()).isEqualTo("v3"));
        clock.pass(Duration.ofHours(5));
        edit(ADA, slug, "Onboarding", "v4", "the next day");
        assertThat(cards()).extracting(c -> c.draft().markdown()).containsExactly("the next day");
    }

    @Test
    void onePersonsEditsWithinADayAreOneCard() throws Exception {
        String slug = create("Onboarding", "v1");
        edit(BOB, slug, "Onboarding", "v2", "typo");
        clock.pass(Duration.ofHours(6));
        edit(BOB, slug, "Onboarding", "v3", "more");
        clock.pass(Duration.ofHours(17));
        edit(BOB, slug, "Onboarding", "v4", "");
        assertThat(cards()).singleElement().satisfies(c -> {
            assertThat(c.draft().markdown()).isEqualTo("Edited the page Onboarding.");
            assertThat(c.draft().path()).isEqualTo("/page/onboarding");
            assertThat(c.item().authorId()).isEqualTo(BOB.id());
        });
        clock.pass(Duration.ofHours(2));
        edit(BOB, slug, "Onboarding", "v5", "a day later");
        assertThat(cards()).extracting(c -> c.draft().markdown())
                .containsExactly("Edited the page Onboarding.", "a day later");
    }

    @Test
    void anotherPersonsEditIsAnotherCard() throws Exception {
        String slug = create("Onboarding", "v1");
        edit(ADA, slug, "Onboarding", "v2", "ada");
        edit(BOB, slug, "Onboarding", "v3", "bob");
        edit(BOB, slug, "Onboarding", "v4", "bob again");
        edit(ADA, slug, "Onboarding", "v5", "ada again");
        assertThat(cards()).extracting(c -> c.item().authorId() + " " + c.draft().markdown())
                .containsExactly("3 bob again", "1 ada again");
    }

    @Test
    void theFeedReadsAPagesTableAsSentences() throws Exception {
        String slug = create("Rota", "Who is on call:\n\n| Day | Person |\n|---|---|\n| Monday | Ada |");
        assertThat(host.content().draft(page(slug).contentId())).get().satisfies(d ->
                assertThat(d.markdown()).isEqualTo("Who is on call:\n\nDay: Monday, Person: Ada."));
    }

    @Test
    void aCardRemovedByAModeratorIsForgottenAndTheNextEditGetsANewOne() throws Exception {
        String slug = create("Onboarding", "v1");
        edit(BOB, slug, "Onboarding", "v2", "one");
        long card = cards().getFirst().item().id();
        host.content().delete(card);
        host.dispatch(new ContentRemoved(card, "update", Instant.now()), new WikiEvents());
        edit(BOB, slug, "Onboarding", "v3", "two");
        assertThat(cards()).extracting(c -> c.draft().markdown()).containsExactly("two");
        assertThat(host.records().all()).filteredOn(r -> r.collection().equals("cards")).hasSize(1);
    }

    @Test
    void aCardGoneWithoutNoticeIsReplacedToo() throws Exception {
        String slug = create("Onboarding", "v1");
        edit(BOB, slug, "Onboarding", "v2", "one");
        host.content().delete(cards().getFirst().item().id());
        edit(BOB, slug, "Onboarding", "v3", "two");
        assertThat(cards()).extracting(c -> c.draft().markdown()).containsExactly("two");
    }

    @Test
    void aPageRemovedByAModeratorTakesItsPayloadAlong() throws Exception {
        String slug = create("Onboarding", "See [[Holidays]]");
        create("Holidays", "x");
        edit(ADA, slug, "Onboarding", "See [[Holidays]]!", "");
        long item = page(slug).contentId();
        host.content().delete(item);
        host.dispatch(new ContentRemoved(item, "page", Instant.now()), new WikiEvents());
        assertThat(get("/page/" + slug)).isInstanceOf(PageResult.NotFound.class);
        assertThat(host.records().all()).extracting(r -> r.collection()).containsOnly("pages", "revisions");
        assertThat(host.content().all()).extracting(s -> s.draft().title()).containsExactly("Holidays");
        host.dispatch(new PersonErased(1, Instant.now()), new WikiEvents());
    }

    @Test
    void deletingAPageDeletesItsItemAndCards() throws Exception {
        String slug = create("Onboarding", "v1");
        edit(ADA, slug, "Onboarding", "v2", "");
        post(TestAdmin.ADMIN, "/page/" + slug + "/delete");
        assertThat(host.content().all()).isEmpty();
        assertThat(host.records().all()).isEmpty();
    }

    @Test
    void aRefusalOfTheHostShowsOnTheFormAndStoresNothing() throws Exception {
        TestHost undeclared = TestHost.forPlugin("wiki").declaring(new WikiSettings(), new WikiPermissions());
        PageResult.View form = view(undeclared.handle(wiki, Requests.post("/new").as(ADA).param("title", "Onboarding")
                .param("text", "x").build()));
        assertThat(form.status()).isEqualTo(400);
        assertThat(form.model().get("errors")).asString().contains("The plugin declares no content type page.");
        assertThat(undeclared.records().all()).isEmpty();
    }

    /** An administrator of the company, who deletes company wiki pages. */
    static final class TestAdmin {
        static final Viewer ADMIN = TestHost.admin("Grace Admin");
    }
}
