package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
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
        client.get(space);
        assertThat(client.post(space + "/posts", Map.of("text", text)).status()).isEqualTo(303);
        Matcher m = Pattern.compile("href=\"(/posts/\\d+)\"").matcher(client.get(space).body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void aPrivateSpaceIsListedButItsContentReachesMembersOnly() {
        String space = create(owner, "Board " + id, "PRIVATE");
        String word = Agora.unique("confidential");
        String post = post(owner, space, "Quarterly numbers: " + word);

        assertThat(outsider.get("/spaces").body()).contains("Board " + id);
        Page page = outsider.get(space);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("This space is private").contains("Ask to join").doesNotContain(word);
        assertThat(outsider.get(post).status()).isEqualTo(404);
        assertThat(outsider.get(space + "/members").status()).isEqualTo(403);
        assertThat(outsider.get("/").body()).doesNotContain(word);
        assertThat(outsider.get("/search?q=" + word).body()).contains("Nothing matches").doesNotContain("post found");
        outsider.get(space);
        assertThat(outsider.post(space + "/posts", Map.of("text", "intrusion " + word)).status()).isEqualTo(403);

        assertThat(owner.get("/").body()).contains(word);
        assertThat(owner.get("/search?q=" + word).body()).contains("1 post found");
        assertThat(TestAccounts.admin().get(post).body()).contains(word);
    }

    @Test
    void aSecretSpaceDoesNotExistForOutsidersAndOpensToAnInvitedPersonWhoAccepts() {
        String space = create(owner, "Project X " + id, "SECRET");
        String word = Agora.unique("secretword");
        String post = post(owner, space, "Launch plan " + word);
        String inviteeEmail = "invitee-" + id + "@agora.test";
        AgoraClient invitee = TestAccounts.member("Ines Invitee", inviteeEmail);

        for (AgoraClient stranger : new AgoraClient[] {outsider, invitee}) {
            assertThat(stranger.get("/spaces").body()).doesNotContain("Project X " + id);
            assertThat(stranger.get(space).status()).isEqualTo(404);
            assertThat(stranger.get(space).body()).doesNotContain("Project X");
            assertThat(stranger.get(post).status()).isEqualTo(404);
            assertThat(stranger.get("/search?q=" + word).body()).contains("Nothing matches");
        }

        owner.get(space + "/members");
        assertThat(owner.post(space + "/members/invite", Map.of("email", inviteeEmail)).status()).isEqualTo(303);
        assertThat(invitee.get("/spaces").body()).contains("Project X " + id);
        Page invited = invitee.get(space);
        assertThat(invited.status()).isEqualTo(200);
        assertThat(invited.body()).contains("Accept the invitation").doesNotContain(word);
        assertThat(invitee.get(post).status()).isEqualTo(404);
        assertThat(invitee.get("/search?q=" + word).body()).contains("Nothing matches");

        assertThat(invitee.post(space + "/join", Map.of()).status()).isEqualTo(303);
        assertThat(invitee.get(space).body()).contains(word);
        assertThat(invitee.get("/").body()).contains(word);
        assertThat(invitee.get("/search?q=" + word).body()).contains("1 post found");
        assertThat(outsider.get(space).status()).as("still hidden from others").isEqualTo(404);
    }

    @Test
    void anApprovedRequestOpensAPrivateSpaceAndRemovalClosesItAtOnce() {
        String space = create(owner, "Finance " + id, "PRIVATE");
        String word = Agora.unique("budget");
        post(owner, space, "Budget draft " + word);

        outsider.get(space);
        assertThat(outsider.post(space + "/request", Map.of()).status()).isEqualTo(303);
        assertThat(outsider.get(space).body()).contains("waiting for a moderator").doesNotContain(word);

        Page members = owner.get(space + "/members");
        Matcher requester = Pattern.compile("data-person=\"(\\d+)\">(?:(?!data-person)[\\s\\S])*?asks to join").matcher(members.body());
        assertThat(requester.find()).isTrue();
        String person = requester.group(1);
        assertThat(owner.post(space + "/members/" + person + "/approve", Map.of()).status()).isEqualTo(303);
        assertThat(outsider.get(space).body()).contains(word);
        assertThat(outsider.get("/search?q=" + word).body()).contains("1 post found");

        owner.get(space + "/members");
        assertThat(owner.post(space + "/members/" + person + "/remove", Map.of()).status()).isEqualTo(303);
        assertThat(outsider.get(space).body()).doesNotContain(word);
        assertThat(outsider.get("/search?q=" + word).body()).contains("Nothing matches");
        assertThat(outsider.get("/").body()).doesNotContain(word);
    }

    @Test
    void aPublicSpaceIsReadByAllAndJoinedInOneClick() {
        String space = create(owner, "Running club " + id, "PUBLIC");
        String word = Agora.unique("marathon");
        String post = post(owner, space, "Sunday " + word);

        assertThat(outsider.get(space).body()).contains(word).contains(">Join<")
                .as("no composer before joining").doesNotContain("form class=\"card composer");
        assertThat(outsider.get(post).body()).contains(word);
        assertThat(outsider.get("/search?q=" + word).body()).contains("1 post found");
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
        outsider.post(space + "/join", Map.of());
        assertThat(outsider.get(post).body()).doesNotContain("Pin to the space");
        outsider.get(post);
        assertThat(outsider.post(post + "/pin", Map.of("pinned", "true")).status()).isEqualTo(403);

        owner.get(post);
        assertThat(owner.post(post + "/pin", Map.of("pinned", "true")).status()).isEqualTo(303);
        String page = outsider.get(space).body();
        assertThat(page).contains("class=\"pinned");
        assertThat(page.indexOf(first)).isLessThan(page.indexOf("Later 2"));
        owner.get(post);
        assertThat(owner.post(post + "/pin", Map.of("pinned", "false")).status()).isEqualTo(303);
        assertThat(outsider.get(space).body()).doesNotContain("class=\"pinned");
    }

    @Test
    void ownersArchiveAndRestoreAndCannotLeaveWithoutHandingOver() {
        String space = create(owner, "Archive me " + id, "PUBLIC");
        owner.get(space);
        assertThat(owner.post(space + "/archive", Map.of("archived", "true")).status()).isEqualTo(303);
        assertThat(owner.get(space).body()).contains("This space is archived");
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
