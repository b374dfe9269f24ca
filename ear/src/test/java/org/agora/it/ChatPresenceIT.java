package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.ChatSocket;
import org.agora.it.support.Chats;
import org.agora.it.support.Forms;
import org.agora.it.support.SharedState;
import org.agora.it.support.TestAccounts;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Presence is off until a person chooses it on their profile; then the people who share a conversation with them see
 * them online while a live connection is open and offline once it closes, live, and nobody else is told.
 */
@AgoraTest
@ResourceLock(value = SharedState.MESSAGES, mode = ResourceAccessMode.READ)
class ChatPresenceIT {

    private static Element badge(AgoraClient viewer, long conversation, long person) {
        return Forms.html(viewer.get("/messages/" + conversation))
                .selectFirst(".chat-members .presence[data-person=" + person + "]");
    }

    private static void choose(AgoraClient person, boolean shown) {
        person.get("/profile");
        assertThat(person.post("/profile/presence", Map.of("shown", String.valueOf(shown))).status()).isEqualTo(303);
    }

    private static JsonObject presence(ChatSocket socket, long person, String status) {
        return socket.next(f -> "presence".equals(f.getString("type", ""))
                && f.getJsonNumber("person").longValue() == person && status.equals(f.getString("status")),
                Duration.ofSeconds(10));
    }

    @Test
    void presenceIsShownOnlyByChoiceAndOnlyToPeopleWhoShareAConversation() {
        String id = Agora.unique("presence");
        AgoraClient ada = TestAccounts.member("Ada " + id, "ada." + id + "@agora.test");
        AgoraClient bob = TestAccounts.member("Bob " + id, "bob." + id + "@agora.test");
        AgoraClient otto = TestAccounts.member("Otto " + id, "otto." + id + "@agora.test");
        long conversation = Chats.direct(ada, "bob." + id);
        long bobId = Long.parseLong(Forms.html(ada.get("/messages/" + conversation))
                .select(".chat-members li.member").stream().filter(li -> li.text().contains("Bob " + id))
                .findFirst().orElseThrow().attr("data-person"));

        assertThat(badge(ada, conversation, bobId)).as("off by default").isNull();
        assertThat(Forms.html(bob.get("/profile")).selectFirst(".presence-now").text())
                .isEqualTo("Nobody sees whether you are online.");
        choose(bob, true);
        assertThat(Forms.html(bob.get("/profile")).selectFirst(".presence-now").text())
                .isEqualTo("You show whether you are online.");
        assertThat(badge(ada, conversation, bobId).text()).isEqualTo("offline");

        try (ChatSocket adaSocket = ChatSocket.open(ada); ChatSocket ottoSocket = ChatSocket.open(otto)) {
            try (ChatSocket bobSocket = ChatSocket.open(bob)) {
                assertThat(presence(adaSocket, bobId, "online")).isNotNull();
                assertThat(badge(ada, conversation, bobId).text()).isEqualTo("online");
            }
            assertThat(presence(adaSocket, bobId, "offline")).as("live, once the connection closed").isNotNull();
            assertThat(badge(ada, conversation, bobId).text()).isEqualTo("offline");
            assertThat(ottoSocket.during(Duration.ofSeconds(2))).as("shares no conversation with Bob")
                    .noneMatch(f -> "presence".equals(f.getString("type", "")));
        }

        choose(bob, false);
        assertThat(badge(ada, conversation, bobId)).as("no longer shown").isNull();
    }
}
