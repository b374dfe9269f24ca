package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Chats;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.SharedState;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Messages join the unified search: exactly the people who read a conversation now find its messages (a private
 * space's members for its channel, a group's members), not outsiders, not an administrator who is not a member, not
 * a member once removed; a hit opens the conversation at the message; edits and deletes follow at once.
 */
@AgoraTest
@ResourceLock(value = SharedState.MESSAGES, mode = ResourceAccessMode.READ)
class ChatSearchIT {

    private final String id = Agora.unique("chatsearch");

    private AgoraClient member(String first) {
        return TestAccounts.member(first + " " + id, first.toLowerCase() + "." + id + "@agora.test");
    }

    private String handle(String first) {
        return first.toLowerCase() + "." + id;
    }

    private static Document search(AgoraClient reader, String query) {
        Page page = reader.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(page.status()).isEqualTo(200);
        return Forms.html(page);
    }

    private static int messageHits(AgoraClient reader, String query) {
        return search(reader, query).select("article.search-hit[data-type=message]").size();
    }

    @Test
    void aGroupsMessagesAreFoundByItsMembersOnlyAndOpenAtTheMessage() {
        AgoraClient ada = member("Ada");
        AgoraClient bob = member("Bob");
        AgoraClient cy = member("Cy");
        AgoraClient outsider = member("Otto");
        long group = Chats.group(ada, "Tasting " + id, handle("Bob") + "," + handle("Cy"));
        String word = Agora.unique("kumquat");
        long said = Chats.say(ada, group, "Bring the " + word + " jam");
        for (int i = 0; i < 3; i++) {
            Chats.say(bob, group, "later message " + i);
        }

        Document found = search(bob, word);
        Element hit = found.selectFirst("article.search-hit[data-type=message]");
        assertThat(hit).as(found.text()).isNotNull();
        assertThat(hit.text()).contains("Ada " + id).contains("Tasting " + id).contains("Bring the " + word + " jam");
        assertThat(hit.select("mark").text()).isEqualTo(word);
        String link = hit.selectFirst("a[href^=/messages/]").attr("href");
        assertThat(link).isEqualTo("/messages/" + group + "?before=" + (said + 1) + "#message-" + said);
        Document opened = Forms.html(bob.get(link.substring(0, link.indexOf('#'))));
        assertThat(opened.select("li.chat-message").last().id()).as("the page ends at the message")
                .isEqualTo("message-" + said);
        assertThat(opened.select("a.load-newest")).hasSize(1);

        assertThat(messageHits(cy, word)).isEqualTo(1);
        assertThat(messageHits(outsider, word)).isZero();
        assertThat(search(outsider, word).text()).contains("Nothing matches").doesNotContain("Bring the")
                .doesNotContain("Tasting " + id);
        assertThat(messageHits(TestAccounts.admin(), word)).as("an administrator outside the group").isZero();

        long bobId = Long.parseLong(Forms.html(ada.get("/messages/" + group))
                .select(".chat-members li.member").stream().filter(li -> li.text().contains("Bob " + id))
                .findFirst().orElseThrow().attr("data-person"));
        assertThat(ada.post("/messages/" + group + "/members/" + bobId + "/remove", Map.of()).status())
                .isEqualTo(303);
        assertThat(messageHits(bob, word)).as("at once after removal").isZero();
        assertThat(messageHits(cy, word)).isEqualTo(1);

        String edited = Agora.unique("quince");
        ada.get("/messages/" + group);
        assertThat(ada.post("/messages/" + group + "/messages/" + said + "/edit",
                Map.of("text", "Bring the " + edited + " jam")).status()).isEqualTo(303);
        assertThat(messageHits(cy, edited)).isEqualTo(1);
        assertThat(messageHits(cy, word)).as("the old text is gone").isZero();
        ada.get("/messages/" + group);
        assertThat(ada.post("/messages/" + group + "/messages/" + said + "/delete", Map.of()).status())
                .isEqualTo(303);
        assertThat(messageHits(cy, edited)).as("deleted").isZero();
        assertThat(messageHits(ada, edited)).isZero();
    }

    @Test
    void aPrivateSpacesChannelIsFoundByItsMembersOnly() {
        AgoraClient owner = member("Olga");
        AgoraClient joiner = member("Jon");
        AgoraClient outsider = member("Oscar");
        String space = Spaces.create(owner, "Vault " + id, "PRIVATE");
        long channel = Chats.channel(owner, space);
        String word = Agora.unique("persimmon");
        Chats.say(owner, channel, "The " + word + " budget is final");

        assertThat(messageHits(owner, word)).isEqualTo(1);
        assertThat(messageHits(outsider, word)).isZero();
        assertThat(messageHits(joiner, word)).as("before joining").isZero();
        assertThat(messageHits(TestAccounts.admin(), word)).as("an administrator who is not a member").isZero();

        joiner.get(space);
        assertThat(joiner.post(space + "/request", Map.of()).status()).isEqualTo(303);
        Matcher person = Pattern.compile("/members/(\\d+)/approve").matcher(owner.get(space + "/members").body());
        assertThat(person.find()).isTrue();
        owner.get(space + "/members");
        assertThat(owner.post(space + "/members/" + person.group(1) + "/approve", Map.of()).status())
                .isEqualTo(303);
        Document found = search(joiner, word);
        assertThat(found.select("article.search-hit[data-type=message]")).as("at once after joining").hasSize(1);
        assertThat(found.selectFirst("article.search-hit[data-type=message]").text()).contains("Vault " + id);

        owner.get(space + "/members");
        assertThat(owner.post(space + "/members/" + person.group(1) + "/remove", Map.of()).status())
                .isEqualTo(303);
        assertThat(messageHits(joiner, word)).as("at once after removal").isZero();
        assertThat(messageHits(owner, word)).isEqualTo(1);
    }
}
