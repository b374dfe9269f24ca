package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.Posts;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Public, private and secret spaces seen by their owner, an outsider, an invited person and an administrator,
 * through every channel of this version: space list, space page, members, home feed, post page, search.
 */
@AgoraTest
class SpacesIT {

    private String id;
    private AgoraClient owner;
    private AgoraClient outsider;

    @BeforeEach
    void people() {
        id = Agora.unique("s");
        owner = TestAccounts.member("Olga Owner", "owner-" + id + "@agora.test");
        outsider = TestAccounts.member("Otto Outsider", "outsider-" + id + "@agora.test");
    }

    private String create(AgoraClient client, String name, String kind) {
        return Spaces.create(client, name, "About " + name, kind);
    }

    /** Posts in the space and returns the post's page. */
    private String post(AgoraClient client, String space, String text) {
        return "/posts/" + Posts.publish(client, space, text);
    }

    /** @return what the search page says it found for the words, as the reader reads it */
    private static String found(AgoraClient client, String words) {
        return client.get("/search?q=" + words).titled("Search").text(".result-count");
    }

    @Test
    void aPrivateSpaceIsListedButItsContentReachesMembersOnly() {
        String space = create(owner, "Board " + id, "PRIVATE");
        String word = Agora.unique("confidential");
        String post = post(owner, space, "Quarterly numbers: " + word);

        assertThat(outsider.get("/spaces").titled("Spaces").text()).contains("Board " + id);
        Page page = outsider.get(space).titled("Board " + id);
        assertThat(page.text(".private-notice")).startsWith("This space is private");
        assertThat(page.text("form[action=" + space + "/request] button")).isEqualTo("Ask to join");
        assertThat(page.select("article.post")).isEmpty();
        assertThat(page.body()).doesNotContain(word);
        assertThat(outsider.get(post).status()).isEqualTo(404);
        assertThat(outsider.get(space + "/members").status()).isEqualTo(403);
        assertThat(outsider.get("/").titled("Feed").body()).doesNotContain(word);
        assertThat(found(outsider, word)).startsWith("Nothing matches");
        outsider.get(space);
        assertThat(outsider.post(space + "/posts", Map.of("text", "intrusion " + word)).status()).isEqualTo(403);

        assertThat(owner.get("/").body()).contains(word);
        assertThat(found(owner, word)).isEqualTo("1 post found");
        assertThat(TestAccounts.admin().get(post).titled("Post").text(Posts.TEXT)).contains(word);
    }

    @Test
    void aSecretSpaceDoesNotExistForOutsidersAndOpensToAnInvitedPersonWhoAccepts() {
        String space = create(owner, "Project X " + id, "SECRET");
        String word = Agora.unique("secretword");
        String post = post(owner, space, "Launch plan " + word);
        String inviteeEmail = "invitee-" + id + "@agora.test";
        AgoraClient invitee = TestAccounts.member("Ines Invitee", inviteeEmail);

        for (AgoraClient stranger : new AgoraClient[] {outsider, invitee}) {
            Page spaces = stranger.get("/spaces").titled("Spaces");
            assertThat(spaces.text()).doesNotContain("Project X " + id);
            Page hidden = stranger.get(space);
            assertThat(hidden.status()).isEqualTo(404);
            assertThat(hidden.text(".error-page h1")).isEqualTo("Page not found");
            assertThat(hidden.body()).doesNotContain("Project X");
            assertThat(stranger.get(post).status()).isEqualTo(404);
            assertThat(found(stranger, word)).startsWith("Nothing matches");
        }

        owner.get(space + "/members");
        assertThat(owner.post(space + "/members/invite", Map.of("email", inviteeEmail)).status()).isEqualTo(303);
        assertThat(invitee.get("/spaces").titled("Spaces").text()).contains("Project X " + id);
        Page invited = invitee.get(space).titled("Project X " + id);
        assertThat(invited.text("form[action=" + space + "/join] button")).isEqualTo("Accept the invitation");
        assertThat(invited.select("article.post")).isEmpty();
        assertThat(invited.body()).doesNotContain(word);
        assertThat(invitee.get(post).status()).isEqualTo(404);
        assertThat(found(invitee, word)).startsWith("Nothing matches");

        assertThat(invitee.post(space + "/join", Map.of()).status()).isEqualTo(303);
        assertThat(invitee.get(space).titled("Project X " + id).text(Posts.TEXT)).contains(word);
        assertThat(invitee.get("/").titled("Feed").text(Posts.TEXT)).contains(word);
        assertThat(found(invitee, word)).isEqualTo("1 post found");
        assertThat(outsider.get(space).status()).as("still hidden from others").isEqualTo(404);
    }

    @Test
    void anApprovedRequestOpensAPrivateSpaceAndRemovalClosesItAtOnce() {
        String space = create(owner, "Finance " + id, "PRIVATE");
        String word = Agora.unique("budget");
        post(owner, space, "Budget draft " + word);

        outsider.get(space);
        assertThat(outsider.post(space + "/request", Map.of()).status()).isEqualTo(303);
        Page waiting = outsider.get(space).titled("Finance " + id);
        assertThat(waiting.text(".private-notice")).contains("waiting for a moderator");
        assertThat(waiting.body()).doesNotContain(word);

        Page members = owner.get(space + "/members").ok();
        List<Element> requests = members.select("tr[data-person]").stream()
                .filter(row -> row.text().contains("asks to join")).toList();
        assertThat(requests).hasSize(1);
        String person = requests.get(0).attr("data-person");
        assertThat(owner.post(space + "/members/" + person + "/approve", Map.of()).status()).isEqualTo(303);
        assertThat(outsider.get(space).titled("Finance " + id).text(Posts.TEXT)).contains(word);
        assertThat(found(outsider, word)).isEqualTo("1 post found");

        owner.get(space + "/members");
        assertThat(owner.post(space + "/members/" + person + "/remove", Map.of()).status()).isEqualTo(303);
        Page removed = outsider.get(space).titled("Finance " + id);
        assertThat(removed.select(".private-notice")).hasSize(1);
        assertThat(removed.body()).doesNotContain(word);
        assertThat(found(outsider, word)).startsWith("Nothing matches");
        assertThat(outsider.get("/").titled("Feed").body()).doesNotContain(word);
    }

    @Test
    void aPublicSpaceIsReadByAllAndJoinedInOneClick() {
        String space = create(owner, "Running club " + id, "PUBLIC");
        String word = Agora.unique("marathon");
        String post = post(owner, space, "Sunday " + word);

        Page before = outsider.get(space).titled("Running club " + id);
        assertThat(before.text(Posts.TEXT)).contains(word);
        assertThat(before.text("form[action=" + space + "/join] button")).isEqualTo("Join");
        assertThat(before.select("form.composer")).as("no composer before joining").isEmpty();
        assertThat(outsider.get(post).titled("Post").text(Posts.TEXT)).contains(word);
        assertThat(found(outsider, word)).isEqualTo("1 post found");
        assertThat(outsider.post(space + "/join", Map.of()).status()).isEqualTo(303);
        assertThat(outsider.get("/").body()).as("member's home feed").contains(word);
        String reply = Agora.unique("reply");
        outsider.get(space);
        assertThat(outsider.post(space + "/posts", Map.of("text", reply)).status()).isEqualTo(303);
        assertThat(owner.get(space).body()).contains(reply);
    }

    @Test
    void moderatorsPinAPostAtTheTopOfTheSpace() {
        String space = create(owner, "Pins " + id, "PUBLIC");
        String first = Agora.unique("rules");
        String post = post(owner, space, "House rules " + first);
        for (int i = 0; i < 3; i++) {
            post(owner, space, "Later " + i);
        }
        outsider.get(space);
        assertThat(outsider.post(space + "/join", Map.of()).status()).isEqualTo(303);
        Page asMember = outsider.get(post).titled("Post");
        assertThat(asMember.text(Posts.TEXT)).isEqualTo("House rules " + first);
        assertThat(asMember.select("form[action=" + post + "/pin]")).as("no Pin button for members").isEmpty();
        assertThat(asMember.body()).doesNotContain("Pin to the space");
        assertThat(owner.get(post).text("form[action=" + post + "/pin] button.pin")).as("the owner's")
                .isEqualTo("Pin to the space");
        outsider.get(post);
        assertThat(outsider.post(post + "/pin", Map.of("pinned", "true")).status()).isEqualTo(403);

        owner.get(post);
        assertThat(owner.post(post + "/pin", Map.of("pinned", "true")).status()).isEqualTo(303);
        Page pinned = outsider.get(space).titled("Pins " + id);
        assertThat(pinned.select(".pinned " + Posts.TEXT).eachText()).containsExactly("House rules " + first);
        assertThat(pinned.select(Posts.TEXT).eachText().get(0)).as("at the top")
                .isEqualTo("House rules " + first);
        owner.get(post);
        assertThat(owner.post(post + "/pin", Map.of("pinned", "false")).status()).isEqualTo(303);
        Page unpinned = outsider.get(space).titled("Pins " + id);
        assertThat(unpinned.select(".pinned")).isEmpty();
        assertThat(unpinned.select(Posts.TEXT).eachText().get(0)).as("newest first again")
                .isEqualTo("Later 2");
    }

    @Test
    void aBusySpaceShowsItsNewestPostsFirstAndTheOlderOnTheNextPage() {
        String space = create(owner, "Busy " + id, "PUBLIC");
        for (int i = 1; i <= 22; i++) {
            post(owner, space, "Update " + i);
        }
        Page first = outsider.get(space).titled("Busy " + id);
        assertThat(first.select(Posts.TEXT).eachText()).hasSize(20).startsWith("Update 22", "Update 21")
                .endsWith("Update 4", "Update 3");
        String older = first.select("a[href*=?before=]").attr("href");
        assertThat(older).startsWith(space);
        assertThat(outsider.get(older).titled("Busy " + id).select(Posts.TEXT).eachText())
                .containsExactly("Update 2", "Update 1");
    }

    @Test
    void ownersArchiveAndRestoreAndCannotLeaveWithoutHandingOver() {
        String space = create(owner, "Archive me " + id, "PUBLIC");
        owner.get(space);
        assertThat(owner.post(space + "/archive", Map.of("archived", "true")).status()).isEqualTo(303);
        assertThat(owner.get(space).titled("Archive me " + id).text("section.space > .alert-info"))
                .startsWith("This space is archived");
        owner.get(space);
        Page refused = owner.post(space + "/posts", Map.of("text", "after archive"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("archived");
        owner.get(space);
        assertThat(owner.post(space + "/archive", Map.of("archived", "false")).status()).isEqualTo(303);
        owner.get(space);
        assertThat(owner.post(space + "/posts", Map.of("text", "after restore")).status()).isEqualTo(303);

        owner.get(space);
        Page leave = owner.post(space + "/leave", Map.of());
        assertThat(leave.status()).isEqualTo(403);
        assertThat(leave.body()).contains("Transfer the ownership");
        outsider.get(space);
        assertThat(outsider.post(space + "/archive", Map.of("archived", "true")).status()).isEqualTo(403);
    }

    @Test
    void badSpaceInputIsRefusedOnTheForm() {
        owner.get("/spaces");
        Page empty = owner.post("/spaces", Map.of("name", " ", "description", "<script>x</script>", "kind", "PUBLIC"));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("at least 2 characters").contains("&lt;script&gt;x&lt;/script&gt;")
                .doesNotContain("<script>x");
        Page badKind = owner.post("/spaces", Map.of("name", "Odd " + id, "kind", "INVISIBLE"));
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.body()).contains("Choose who can see the space.");
        Page nobody = owner.post(create(owner, "Invites " + id, "PRIVATE") + "/members/invite",
                Map.of("email", "nobody-" + id + "@agora.test"));
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.body()).contains("Nobody in Agora has this e-mail address.");
    }
}
