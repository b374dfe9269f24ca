package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.awaitility.Awaitility;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The suggestion box on the real server: ideas as content items (feed card, search, comments on the post page), one
 * vote per person, the workflow with its public answers and notifications, bad input refused with a 4xx and the
 * reason, and anonymous ideas whose author no page, card, search result, notification or export names.
 */
@AgoraTest
class IdeasIT {

    private static final String BOX = "/m/suggestion-box";
    private static String id;
    private static AgoraClient admin;

    @BeforeAll
    static void people() {
        id = Agora.unique("i");
        admin = TestAccounts.admin();
    }

    /** Submits an idea to the company box and returns its address, such as {@code /m/suggestion-box/i/42}. */
    static String submit(AgoraClient who, String title, boolean anonymous) {
        who.get(BOX + "/");
        Map<String, String> form = anonymous ? Map.of("title", title, "description", "Because of #ideas" + id,
                "anonymous", "true") : Map.of("title", title, "description", "Because of #ideas" + id);
        Page created = who.post(BOX + "/", form);
        assertThat(created.status()).as(created.toString()).isEqualTo(303);
        return created.location();
    }

    private static long personId(AgoraClient client) {
        return TestAccounts.personId(client);
    }

    private static Page post(AgoraClient who, String idea, String action, Map<String, String> form) {
        who.get(idea);
        return who.post(idea + "/" + action, form);
    }

    @Test
    void anIdeaIsVotedOnceByEachPersonAnsweredAndItsAuthorAndVotersAreTold() {
        AgoraClient ana = TestAccounts.member("Ana Idea " + id, "ana.idea." + id + "@agora.test");
        AgoraClient ben = TestAccounts.member("Ben Idea " + id, "ben.idea." + id + "@agora.test");
        String title = "Covered bike parking " + id;
        ana.get(BOX + "/");
        Page created = ana.post(BOX + "/", Map.of("title", title, "description",
                "Half of us cycle, @ben.idea." + id + " too. #bikes" + id));
        assertThat(created.status()).as(created.toString()).isEqualTo(303);
        String idea = created.location();
        assertThat(ben.acceptLanguage("en").get("/notifications").body()).as("a mention notifies")
                .contains("mentioned you");
        assertThat(ben.get("/hashtags/bikes" + id).body()).contains(title);
        Document page = Forms.html(ben.get(idea));
        assertThat(page.select(".ideas-title").text()).isEqualTo(title);
        assertThat(page.select(".ideas-author").text()).isEqualTo("Ana Idea " + id);

        assertThat(post(ben, idea, "vote", Map.of()).status()).isEqualTo(303);
        assertThat(post(ben, idea, "vote", Map.of()).status()).isEqualTo(303);
        assertThat(post(admin, idea, "vote", Map.of()).status()).isEqualTo(303);
        assertThat(Forms.html(ben.get(idea)).select(".ideas-vote-count").text()).isEqualTo("2");
        assertThat(post(admin, idea, "unvote", Map.of()).status()).isEqualTo(303);
        assertThat(Forms.html(ben.get(idea)).select(".ideas-vote-count").text()).isEqualTo("1");

        assertThat(admin.get("/").body()).as("a card in the company feed").contains(title);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(ben.get("/search?q=parking+" + id).body()).contains(title));
        Page similar = ben.get(BOX + "/similar?title=bike+parking+" + id);
        assertThat(similar.body()).as(similar.toString()).contains(title).contains(idea);

        Document queue = Forms.html(admin.get(BOX + "/review"));
        assertThat(queue.select(".ideas-queue .ideas-title").eachText()).contains(title);
        Page declined = post(admin, idea, "status", Map.of("status", "declined", "answer",
                "The car park is rented; we asked the landlord."));
        assertThat(declined.status()).as(declined.toString()).isEqualTo(303);
        Document answered = Forms.html(ana.get(idea));
        assertThat(answered.select(".ideas-status").text()).isEqualTo("Declined");
        assertThat(answered.select(".ideas-answer-text").text()).isEqualTo("The car park is rented; we asked the landlord.");
        Page reviewed = admin.get(BOX + "/review").titled("Review queue");
        assertThat(reviewed.select(".ideas-queue .ideas-title").eachText()).doesNotContain(title);
        assertThat(ana.acceptLanguage("fr").get("/notifications").body())
                .contains("Votre idée « " + title + " » a été refusée");
        assertThat(ben.acceptLanguage("en").get("/notifications").body())
                .contains("An idea you voted for, “" + title + "”, was declined");
    }

    @Test
    void badInputIsRefusedWithTheReasonAndNothingIsStored() {
        AgoraClient cleo = TestAccounts.member("Cleo Idea " + id, "cleo.idea." + id + "@agora.test");
        cleo.get(BOX + "/");
        Page empty = cleo.post(BOX + "/", Map.of("title", " ", "description", "Kept text " + id));
        assertThat(empty.status()).isEqualTo(400);
        Document form = Forms.html(empty);
        assertThat(form.select(".ideas-submit .alert-danger").text()).isEqualTo("Give your idea a title.");
        assertThat(form.select("#idea-description").text()).isEqualTo("Kept text " + id);
        Page tooLong = cleo.post(BOX + "/", Map.of("title", "x".repeat(10_000)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(Forms.html(tooLong).select(".alert-danger").text()).isEqualTo("A title has at most 200 characters.");
        assertThat(cleo.acceptLanguage("fr").post(BOX + "/", Map.of("title", "")).body())
                .contains("Donnez un titre à votre idée.");
        cleo.acceptLanguage("en");

        String idea = submit(cleo, "Fruit bowl " + id, false);
        Page byMember = post(cleo, idea, "status", Map.of("status", "planned", "answer", "Mine!"));
        assertThat(byMember.status()).isEqualTo(403);
        Page self = post(admin, idea, "status", Map.of("status", "duplicate", "answer", "Same",
                "duplicateOf", idea.replaceAll(".*/i/", "")));
        assertThat(self.status()).isEqualTo(400);
        assertThat(Forms.html(self).select(".alert-danger").text()).isEqualTo("An idea cannot duplicate itself.");
        assertThat(post(admin, idea, "status", Map.of("status", "done", "answer", "Bought one.")).status())
                .isEqualTo(303);
        Page closed = post(cleo, idea, "vote", Map.of());
        assertThat(closed.status()).isEqualTo(409);
        assertThat(Forms.html(closed).select(".alert-danger").text())
                .isEqualTo("This idea is closed; votes no longer change.");
        assertThat(cleo.post(BOX + "/i/999999999/vote", Map.of()).status()).isEqualTo(404);
        assertThat(Forms.html(cleo.get(idea)).select(".ideas-answer").size()).isEqualTo(1);
    }

    @Test
    void nobodyFindsWhoWroteAnAnonymousIdeaYetTheAuthorIsToldOfItsAnswer() {
        String name = "Dora Secret " + id;
        String email = "dora.secret." + id + "@agora.test";
        AgoraClient dora = TestAccounts.member(name, email);
        long doraId = personId(dora);
        String title = "Publish salary bands " + id;
        String idea = submit(dora, title, true);
        Page edited = post(dora, idea, "edit", Map.of("title", title, "description",
                "Because of #ideas" + id + " and fairness"));
        assertThat(edited.status()).as("the anonymous author edits her idea").isEqualTo(303);
        String word = "bands+" + id;
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(admin.get("/search?q=" + word).body()).contains(title));
        Page answered = post(admin, idea, "status", Map.of("status", "review", "answer", "HR is on it."));
        assertThat(answered.status()).isEqualTo(303);
        AgoraClient ben = TestAccounts.member("Eli Voter " + id, "eli.voter." + id + "@agora.test");
        assertThat(post(ben, idea, "vote", Map.of()).status()).isEqualTo(303);

        Document ideaPage = Forms.html(admin.get(idea));
        String discussion = ideaPage.select("a.ideas-discussion").attr("href");
        assertThat(discussion).startsWith("/posts/");
        List<String> seen = new ArrayList<>();
        for (String path : List.of(idea, BOX + "/", BOX + "/?sort=new", BOX + "/?sort=trending", BOX + "/review",
                BOX + "/dashboard", "/", discussion, "/search?q=" + word, "/search?q=" + word + "&type=suggestion-box.idea",
                "/notifications", "/hashtags/ideas" + id, discussion + "/history")) {
            Page page = admin.get(path);
            assertThat(page.status()).as(path + ": " + page).isEqualTo(200);
            seen.add(path + "\n" + page.body());
        }
        seen.add(ben.get("/notifications").titled("Notifications").body());
        Matcher person = Pattern.compile("/admin/privacy-export/(\\d+)").matcher(
                admin.get("/admin/privacy/find?email=eli.voter." + id + "@agora.test").body());
        assertThat(person.find()).isTrue();
        Page voterExport = admin.get("/admin/privacy-export/" + person.group(1)).ok();
        assertThat(voterExport.body()).as("the voter's own export").contains("eli.voter." + id + "@agora.test");
        seen.add(voterExport.body());
        for (String page : seen) {
            assertThat(page).doesNotContain(name).doesNotContain("Dora").doesNotContain(email)
                    .doesNotContain("dora.secret").doesNotContain("/people/" + doraId + "\"");
        }
        assertThat(ideaPage.select(".ideas-author").text()).isEqualTo("Anonymous");
        assertThat(ideaPage.select(".ideas-text").text()).contains("and fairness");
        assertThat(admin.get(discussion + "/history").body()).as("the former text is kept, by nobody named")
                .contains("Because of").contains("Anonymous");
        Page directory = admin.get("/people?q=Anonymous");
        assertThat(directory.status()).isEqualTo(200);
        assertThat(Forms.html(directory).select(".person-name").eachText())
                .as("the anonymous author is no one in the directory").doesNotContain("Anonymous");
        Document card = Forms.html(admin.get(discussion));
        assertThat(card.select(".post-author").text()).isEqualTo("Anonymous");
        assertThat(card.select(".post-author a[href]")).as("no profile to link to").isEmpty();
        AgoraClient french = TestAccounts.member("Fanny Lectrice " + id, "fanny.lectrice." + id + "@agora.test")
                .acceptLanguage("fr-FR,fr;q=0.9");
        assertThat(Forms.html(french.get(discussion)).select(".post-author").text())
                .as("each reader reads the anonymous author in their language").isEqualTo("Anonyme");
        Document found = french.get("/search?q=" + word).titled("Recherche").html();
        assertThat(found.select(".search-facets [data-facet=author] .facet-value").text()).contains("Anonyme")
                .doesNotContain("Anonymous");
        assertThat(found.text()).contains(title).doesNotContain("Anonymous");

        assertThat(dora.get("/notifications").body()).contains("Your idea “" + title + "” is under review.");
        Page export = admin.get("/admin/privacy-export/" + doraId).ok();
        assertThat(export.body()).contains("an anonymous idea").doesNotContain(title).doesNotContain("salary");
    }

    @Test
    void aPrivateSpacesIdeasNeverReachOutsiders() {
        AgoraClient owner = TestAccounts.member("Pia Owner " + id, "pia.o" + id + "@agora.test");
        AgoraClient outsider = TestAccounts.member("Olaf Out " + id, "olaf.o" + id + "@agora.test");
        String space = WikiIT.createSpace(owner, "Idea project " + id, "PRIVATE");
        String tab = Spaces.query(Spaces.tab(owner, space, "suggestion-box"));
        String word = "wombat" + id.substring(1);
        String title = "Team idea " + word;
        owner.get(BOX + "/" + tab);
        Page created = owner.post(BOX + "/" + tab, Map.of("title", title, "description",
                "Ask @olaf.o" + id + " too?", "anonymous", "true"));
        assertThat(created.status()).as(created.toString()).isEqualTo(303);
        String idea = created.location();
        assertThat(idea).contains("?space=");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(owner.get("/search?q=" + word).body()).contains(title));
        assertThat(owner.get(space).body()).as("a card in the space's feed").contains(title);

        assertThat(outsider.get("/search?q=" + word).titled("Search").text(".result-count"))
                .startsWith("Nothing matches");
        assertThat(outsider.get("/").titled("Feed").body()).doesNotContain(title);
        assertThat(outsider.get("/notifications").titled("Notifications").body())
                .as("mentioned, but outside the space").doesNotContain(word);
        assertThat(outsider.get(idea).status()).isEqualTo(404);
        assertThat(outsider.get(idea.replaceAll("\\?.*", "")).status()).as("without its space").isEqualTo(404);
        assertThat(outsider.get(BOX + "/" + tab).status()).isEqualTo(404);
        assertThat(outsider.get(BOX + "/").titled("Ideas").body()).doesNotContain(title);
        Page similar = outsider.get(BOX + "/similar?title=" + word).ok();
        assertThat(similar.contentType()).startsWith("application/json");
        assertThat(similar.body()).isEqualTo("[]");
        assertThat(post(outsider, idea.replaceAll("\\?.*", ""), "vote", Map.of()).status()).isEqualTo(404);
    }
}
