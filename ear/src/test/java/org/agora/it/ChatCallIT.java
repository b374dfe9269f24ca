package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
 * A call started in a conversation invites its members through notifications (not those who muted it); only its
 * starter ends it, once, which posts how long it lasted and takes the link to join away. A space's members start one
 * from the space's page, in its chat.
 */
@AgoraTest
@ResourceLock(value = SharedState.MESSAGES, mode = ResourceAccessMode.READ)
class ChatCallIT {

    private final String id = Agora.unique("chatcall");

    private AgoraClient member(String first) {
        return TestAccounts.member(first + " " + id, first.toLowerCase() + "." + id + "@agora.test");
    }

    private static List<String> notifications(AgoraClient person) {
        return Forms.html(person.get("/notifications")).select("li.notification .notification-link").eachText();
    }

    @Test
    void aCallInvitesTheMembersAndItsStarterEndsIt() {
        AgoraClient ada = member("Ada");
        AgoraClient bob = member("Bob");
        AgoraClient cy = member("Cy");
        AgoraClient outsider = member("Otto");
        long group = Chats.group(ada, "Standup " + id, "bob." + id + ",cy." + id);
        Element mute = Forms.one(cy.get("/messages/" + group), "form:has(.mute-conversation)");
        assertThat(cy.postRaw(mute.attr("action"), Forms.fields(mute)).status()).isEqualTo(303);

        Element start = Forms.one(ada.get("/messages/" + group), "form.start-call");
        assertThat(ada.postRaw(start.attr("action"), Forms.fields(start)).status()).isEqualTo(303);
        assertThat(notifications(bob)).containsExactly("Ada " + id + " invites you to a video call in Standup " + id);
        assertThat(notifications(cy)).as("muted").isEmpty();
        assertThat(notifications(outsider)).isEmpty();
        assertThat(notifications(ada)).as("not the starter").isEmpty();

        Document bobs = Forms.html(bob.get("/messages/" + group));
        Element notice = bobs.select(".chat-message:has(.call-notice)").last();
        assertThat(notice.select(".call-link")).hasSize(1);
        assertThat(notice.select("form.end-call")).as("only the starter ends it").isEmpty();
        String end = "/messages/" + group + "/messages/" + notice.attr("data-id") + "/end-call";
        assertThat(bob.post(end, Map.of()).status()).isEqualTo(403);
        outsider.get("/messages");
        assertThat(outsider.post(end, Map.of()).status()).isEqualTo(404);

        Element endForm = Forms.one(ada.get("/messages/" + group), "#message-" + notice.attr("data-id")
                + " form.end-call");
        assertThat(endForm.attr("action")).isEqualTo(end);
        Page ended = ada.postRaw(end, Forms.fields(endForm));
        assertThat(ended.status()).isEqualTo(303);

        Document after = Forms.html(bob.get("/messages/" + group));
        Element over = after.selectFirst("#message-" + notice.attr("data-id"));
        assertThat(over.select(".call-link")).as("no link to a call that ended").isEmpty();
        assertThat(over.selectFirst(".call-over").text()).isEqualTo("This call has ended.");
        assertThat(after.select(".call-ended").last().text())
                .isEqualTo("Ada " + id + " ended the call after less than a minute.");
        assertThat(Forms.html(ada.get("/messages/" + group)).select("form.end-call")).isEmpty();
        ada.get("/messages/" + group);
        assertThat(ada.post(end, Map.of()).status()).as("once").isEqualTo(403);

        AgoraClient french = member("Francois").acceptLanguage("fr");
        long direct = Chats.direct(ada, "francois." + id);
        Element call = Forms.one(ada.get("/messages/" + direct), "form.start-call");
        assertThat(ada.postRaw(call.attr("action"), Forms.fields(call)).status()).isEqualTo(303);
        assertThat(notifications(french)).containsExactly("Ada " + id + " vous invite à un appel vidéo");
    }

    @Test
    void aSpacesMembersStartACallFromItsPageInItsChat() {
        AgoraClient ada = member("Ada");
        AgoraClient bob = member("Bob");
        AgoraClient outsider = member("Otto");
        String space = Spaces.create(ada, "Huddle " + id, "PUBLIC");
        bob.get(space);
        assertThat(bob.post(space + "/join", Map.of()).status()).isEqualTo(303);

        Element start = Forms.one(ada.get(space), "form:has(.space-call)");
        Page started = ada.postRaw(start.attr("action"), Forms.fields(start));
        assertThat(started.status()).as(started.toString()).isEqualTo(303);
        assertThat(started.location()).matches("/messages/\\d+#message-\\d+");
        String channel = started.location().substring(0, started.location().indexOf('#'));
        assertThat(ada.get(space + "/chat").location()).as("the space's chat").isEqualTo(channel);
        Element call = Forms.html(bob.get(channel)).select(".chat-message .call-link").last();
        assertThat(call.attr("href")).matches("https://meet\\.agora\\.test/Agora[a-z2-9]{24}");
        assertThat(notifications(bob)).singleElement().asString()
                .startsWith("Ada " + id + " invites you to a video call");

        Document outside = Forms.html(outsider.get(space));
        assertThat(outside.select(".space-actions")).as("the space's page").isNotEmpty();
        assertThat(outside.select(".space-call")).as("not a member").isEmpty();
        assertThat(outsider.post(space + "/chat/call", Map.of()).status()).isEqualTo(403);
        assertThat(notifications(outsider)).isEmpty();
    }
}
