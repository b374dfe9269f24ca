package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Chats;
import org.agora.it.support.Forms;
import org.agora.it.support.LiveEvents;
import org.agora.it.support.SharedState;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.agora.messaging.ConversationService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The header's count of unread messages follows without a reload, through the page's live stream: a message in a
 * space's chat (which notifies nobody) raises it within a few seconds, reading the conversation brings it down.
 */
@AgoraTest
@ResourceLock(value = SharedState.MESSAGES, mode = ResourceAccessMode.READ)
class ChatUnreadIT {

    /** Well under the stream's full check every 30 seconds: the count moves because the message was counted. */
    private static final Duration AT_ONCE = Duration.ofSeconds(8);

    @Test
    void theHeadersUnreadCountFollowsLive() {
        String id = Agora.unique("unread");
        AgoraClient ada = TestAccounts.member("Ada " + id, "ada." + id + "@agora.test");
        AgoraClient bob = TestAccounts.member("Bob " + id, "bob." + id + "@agora.test");
        String space = Spaces.create(ada, "Counting " + id, "PUBLIC");
        bob.get(space);
        assertThat(bob.post(space + "/join", Map.of()).status()).isEqualTo(303);
        long channel = Chats.channel(ada, space);
        assertThat(Forms.html(bob.get("/")).select(".messages-link .messages-unread")).isEmpty();

        try (LiveEvents stream = LiveEvents.open(bob, "/live", null)) {
            assertThat(stream.await("messages", d -> d.contains("\"count\":0"), AT_ONCE)).as("first the count")
                    .isPresent();
            Chats.say(ada, channel, "Anyone for lunch?");
            assertThat(stream.await("messages", d -> d.contains("\"count\":1"), AT_ONCE))
                    .as(stream.all().toString()).isPresent();
            Chats.say(ada, channel, "Noon at the canteen");
            assertThat(stream.await("messages", d -> d.contains("\"count\":2")
                    && d.contains("Messages, 2 unread"), AT_ONCE)).as(stream.all().toString()).isPresent();
            assertThat(Forms.html(bob.get("/")).selectFirst(".messages-link .messages-unread").text()).isEqualTo("2");

            bob.get("/messages/" + channel);
            assertThat(stream.await("messages", d -> d.contains("\"count\":0"), AT_ONCE)).as("read")
                    .isPresent();
        }
    }

    @Test
    void aConversationCountsItsUnreadMessagesUpToAHundredShownAsNinetyNinePlus() {
        String id = Agora.unique("many");
        AgoraClient ada = TestAccounts.member("Ada " + id, "ada." + id + "@agora.test");
        AgoraClient bob = TestAccounts.member("Bob " + id, "bob." + id + "@agora.test");
        long conversation = Chats.direct(ada, "bob." + id);
        ada.get("/messages/" + conversation);
        for (int i = 1; i <= ConversationService.UNREAD_COUNTED + 1; i++) {
            assertThat(ada.post("/messages/" + conversation, Map.of("text", "Update " + i)).status())
                    .isEqualTo(303);
        }
        assertThat(Forms.html(bob.get("/")).selectFirst(".messages-link .messages-unread").text()).isEqualTo("99+");
        assertThat(Forms.html(bob.get("/messages")).selectFirst("li.conversation[data-id=" + conversation
                + "] .unread-messages").text()).isEqualTo("99+");
        bob.get("/messages/" + conversation);
        assertThat(Forms.html(bob.get("/")).select(".messages-link .messages-unread")).as("read once opened")
                .isEmpty();
    }
}
