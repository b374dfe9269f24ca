package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
 * The messaging pages: one conversation per pair, groups, a space's channel for its members only, Markdown with
 * mentions, replies, reactions, edits and deletions by the author only, unread counts in the list and the header,
 * calls, and every bad input refused in the reader's language with a 4xx.
 */
@AgoraTest
@ResourceLock(value = SharedState.MESSAGES, mode = ResourceAccessMode.READ)
class MessagingIT {

    private final String id = Agora.unique("msg");

    private AgoraClient member(String first) {
        return TestAccounts.member(first + " " + id, first.toLowerCase() + "." + id + "@agora.test");
    }

    private String handle(String first) {
        return first.toLowerCase() + "." + id;
    }

    @Test
    void aPairSharesOneConversationWithMarkdownMentionsRepliesAndUnreadCounts() {
        AgoraClient ada = member("Ada");
        AgoraClient bob = member("Bob");
        long conversation = Chats.direct(ada, handle("Bob"));
        assertThat(Chats.direct(bob, handle("Ada"))).as("the same pair, whoever starts").isEqualTo(conversation);
        assertThat(Chats.direct(ada, handle("Bob"))).isEqualTo(conversation);

        long question = Chats.say(ada, conversation, "Have you seen **the plan**, @" + handle("Bob") + "?");
        Chats.say(ada, conversation, "<script>alert(1)</script> second");

        Document list = Forms.html(bob.get("/messages"));
        Element line = list.selectFirst("li.conversation[data-id=" + conversation + "]");
        assertThat(line.selectFirst(".conversation-title").text()).isEqualTo("Ada " + id);
        assertThat(line.selectFirst(".unread-messages").text()).isEqualTo("2");
        assertThat(list.selectFirst(".messages-link .messages-unread").text()).isEqualTo("2");

        Document page = Forms.html(bob.get("/messages/" + conversation));
        Element first = page.selectFirst("#message-" + question);
        assertThat(first.selectFirst(".message-text strong").text()).isEqualTo("the plan");
        assertThat(first.selectFirst(".message-text a[href^=/people/]").text()).isEqualTo("Bob " + id);
        assertThat(page.select(".message-text script")).isEmpty();
        assertThat(page.select(".message-text").text()).contains("second");
        assertThat(Forms.html(bob.get("/messages")).select(".unread-messages")).as("read once opened").isEmpty();

        Page reply = bob.post("/messages/" + conversation, Map.of("text", "Yes!", "parent", "" + question));
        assertThat(reply.status()).isEqualTo(303);
        Document thread = Forms.html(ada.get("/messages/" + conversation));
        Element answer = thread.select(".chat-message.reply").last();
        assertThat(answer.attr("data-parent")).isEqualTo("" + question);
        assertThat(answer.selectFirst(".in-thread").attr("href")).isEqualTo("#message-" + question);
        assertThat(thread.selectFirst(".read-receipts").text()).as("Bob wrote the newest message")
                .isEqualTo("Seen by Bob " + id);

        Page reacted = bob.post("/messages/" + conversation + "/messages/" + question + "/react",
                Map.of("kind", "LIKE"));
        assertThat(reacted.status()).isEqualTo(303);
        Element liked = Forms.html(ada.get("/messages/" + conversation))
                .selectFirst("#message-" + question + " button[data-kind=LIKE]");
        assertThat(liked.selectFirst(".reaction-count").text()).isEqualTo("1");
    }

    @Test
    void onlyTheAuthorEditsAndDeletesAndBadInputIsRefusedInTheReadersLanguage() {
        AgoraClient ada = member("Ada");
        AgoraClient bob = member("Bob");
        AgoraClient eve = member("Eve");
        long conversation = Chats.direct(ada, handle("Bob"));
        long message = Chats.say(ada, conversation, "Original");
        String base = "/messages/" + conversation + "/messages/" + message;

        bob.get("/messages/" + conversation);
        Page notHis = bob.post(base + "/edit", Map.of("text", "Hijacked"));
        assertThat(notHis.status()).isEqualTo(403);
        assertThat(Forms.html(notHis).text()).contains("Only its author edits or deletes a message.");
        assertThat(bob.post(base + "/delete", Map.of()).status()).isEqualTo(403);

        ada.get("/messages/" + conversation);
        Page empty = ada.post("/messages/" + conversation, Map.of("text", "   "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(Forms.one(empty, ".chat-error").text()).isEqualTo("Write something before sending.");
        Page tooLong = ada.post("/messages/" + conversation, Map.of("text", "y".repeat(4001)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(Forms.one(tooLong, ".chat-error").text())
                .isEqualTo("A message has at most 4,000 characters; this one has 4,001.");
        assertThat(Forms.one(tooLong, "textarea#chat-text").text()).as("kept").hasSize(4001);

        AgoraClient french = member("Francois").acceptLanguage("fr");
        long fr = Chats.direct(french, handle("Ada"));
        french.get("/messages/" + fr);
        Page vide = french.post("/messages/" + fr, Map.of("text", ""));
        assertThat(vide.status()).isEqualTo(400);
        assertThat(Forms.one(vide, ".chat-error").text()).isEqualTo("Écrivez quelque chose avant d'envoyer.");

        assertThat(eve.get("/messages/" + conversation).status()).as("not a member").isEqualTo(404);
        eve.get("/messages");
        assertThat(eve.post("/messages/" + conversation, Map.of("text", "intrusion")).status()).isEqualTo(404);
        assertThat(eve.post(base + "/react", Map.of("kind", "LIKE")).status()).isEqualTo(404);
        assertThat(ada.get("/messages/999999999").status()).isEqualTo(404);
        ada.get("/messages/" + conversation);
        assertThat(ada.post("/messages/" + conversation, Map.of("text", "x", "parent", "999999999")).status())
                .as("a forged parent").isEqualTo(404);
        assertThat(ada.post("/messages/" + conversation + "/messages/999999999/edit", Map.of("text", "x")).status())
                .isEqualTo(404);
        assertThat(ada.postRaw("/messages/" + conversation, Map.of("text", "no token")).status()).isEqualTo(403);

        Page self = ada.post("/messages/direct", Map.of("person-handles", handle("Ada")));
        assertThat(self.status()).isEqualTo(400);
        assertThat(Forms.html(self).select(".start-direct .alert").text())
                .isEqualTo("Choose someone else: a conversation is between two people.");

        Document adas = Forms.html(ada.get("/messages/" + conversation));
        assertThat(Forms.html(bob.get("/messages/" + conversation)).select("#message-" + message + " .edit-link"))
                .as("only the author is offered to edit").isEmpty();
        Element editLink = adas.selectFirst("#message-" + message + " a.edit-link");
        assertThat(adas.select("#message-" + message + " form.edit-message")).as("opened on demand").isEmpty();
        Document editing = Forms.html(ada.get(editLink.attr("href").replaceAll("#.*", "")));
        assertThat(editing.selectFirst("#message-" + message + " form.edit-message textarea").text())
                .isEqualTo("Original");
        assertThat(ada.post(base + "/edit", Map.of("text", "Changed")).status()).isEqualTo(303);
        Element edited = Forms.html(bob.get("/messages/" + conversation)).selectFirst("#message-" + message);
        assertThat(edited.selectFirst(".message-text").text()).isEqualTo("Changed");
        assertThat(edited.select(".edited")).hasSize(1);
        ada.get("/messages/" + conversation);
        assertThat(ada.post(base + "/delete", Map.of()).status()).isEqualTo(303);
        Element deleted = Forms.html(bob.get("/messages/" + conversation)).selectFirst("#message-" + message);
        assertThat(deleted.selectFirst(".message-deleted").text()).isEqualTo("This message was deleted.");
        assertThat(deleted.text()).doesNotContain("Changed");
    }

    @Test
    void groupsHaveAtMostFiftyPeopleAddedAndRemovedByMembers() {
        AgoraClient ada = member("Ada");
        member("Bob");
        AgoraClient cy = member("Cy");
        ada.get("/messages");
        Page unnamed = ada.post("/messages/groups", Map.of("name", " ", "members-handles", handle("Bob")));
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(Forms.html(unnamed).select(".start-group .alert").text()).isEqualTo("Give the group a name.");
        String crowd = IntStream.range(0, 51).mapToObj(i -> "nobody" + i + id).collect(Collectors.joining(","));
        Page unknown = ada.post("/messages/groups", Map.of("name", "Crowd", "members-handles", crowd));
        assertThat(unknown.status()).isEqualTo(400);

        long group = Chats.group(ada, "Launch " + id, handle("Bob"));
        assertThat(cy.get("/messages/" + group).status()).isEqualTo(404);
        ada.get("/messages/" + group);
        assertThat(ada.post("/messages/" + group + "/members", Map.of("members-handles", handle("Cy"))).status())
                .isEqualTo(303);
        Document page = Forms.html(cy.get("/messages/" + group));
        assertThat(page.selectFirst("h1.conversation-title").text()).isEqualTo("Launch " + id);
        assertThat(page.select(".chat-members li.member").text()).contains("Ada " + id, "Bob " + id, "Cy " + id);
        Element leave = page.select(".chat-members li.member").stream()
                .filter(li -> li.text().contains("Cy " + id)).findFirst().orElseThrow().selectFirst("form");
        assertThat(cy.postRaw(leave.attr("action"), Forms.fields(leave)).location()).isEqualTo("/messages");
        assertThat(cy.get("/messages/" + group).status()).isEqualTo(404);

        long direct = Chats.direct(ada, handle("Bob"));
        ada.get("/messages/" + direct);
        assertThat(ada.post("/messages/" + direct + "/members", Map.of("members-handles", handle("Cy"))).status())
                .as("a one-to-one stays between two").isEqualTo(403);
    }

    @Test
    void aSpaceHasAChatForItsMembersOnlyWithACallLink() {
        AgoraClient owner = member("Olga");
        AgoraClient outsider = member("Otto");
        String space = Spaces.create(owner, "Open house " + id, "PUBLIC");
        assertThat(Forms.html(owner.get(space)).select(".space-tabs a.space-chat")).hasSize(1);
        assertThat(Forms.html(outsider.get(space)).select(".space-tabs a.space-chat")).as("not a member").isEmpty();
        assertThat(outsider.get(space + "/chat").status()).isEqualTo(403);
        long channel = Chats.channel(owner, space);
        assertThat(Chats.channel(owner, space)).as("made once").isEqualTo(channel);
        Chats.say(owner, channel, "Welcome to the chat");
        assertThat(outsider.get("/messages/" + channel).status()).isEqualTo(404);

        outsider.get(space);
        assertThat(outsider.post(space + "/join", Map.of()).status()).isEqualTo(303);
        Document joined = Forms.html(outsider.get("/messages/" + channel));
        assertThat(joined.select(".message-text").text()).contains("Welcome to the chat");
        Element call = joined.selectFirst("form.start-call");
        assertThat(call).as("a call server is set on the test server").isNotNull();
        Page started = outsider.postRaw(call.attr("action"), Forms.fields(call));
        assertThat(started.status()).isEqualTo(303);
        Element link = Forms.html(owner.get("/messages/" + channel)).select(".call-notice a.call-link").last();
        assertThat(link.attr("href")).matches("https://meet\\.agora\\.test/Agora[a-z2-9]{24}");
        assertThat(link.parent().text()).contains("Otto " + id + " started a video call.");
        assertThat(Forms.html(owner.get("/messages")).select("li.conversation[data-id=" + channel + "]"))
                .hasSize(1);
    }

    @Test
    void aMutedConversationSaysSo() {
        AgoraClient ada = member("Ada");
        member("Bob");
        long conversation = Chats.direct(ada, handle("Bob"));
        Element mute = Forms.one(ada.get("/messages/" + conversation), "form:has(.mute-conversation)");
        assertThat(ada.postRaw(mute.attr("action"), Forms.fields(mute)).status()).isEqualTo(303);
        assertThat(Forms.one(ada.get("/messages/" + conversation), ".mute-conversation").text()).isEqualTo("Unmute");
    }

    private static java.util.List<String> notifications(AgoraClient person) {
        return Forms.html(person.get("/notifications")).select("li.notification .notification-link").eachText();
    }

    @Test
    void messagesAndMentionsNotifyOnceUntilReadUnlessMuted() {
        AgoraClient ada = member("Ada");
        AgoraClient bob = member("Bob");
        AgoraClient cy = member("Cy");
        AgoraClient otto = member("Otto");
        long direct = Chats.direct(ada, handle("Bob"));
        Chats.say(ada, direct, "First");
        Chats.say(ada, direct, "Second");
        assertThat(notifications(bob)).containsExactly("Ada " + id + " wrote to you");
        Element line = Forms.html(bob.get("/notifications")).selectFirst("li.notification");
        assertThat(line.hasClass("unread")).isTrue();
        assertThat(line.selectFirst(".notification-link").attr("href")).startsWith("/notifications/");
        bob.get("/messages/" + direct);
        assertThat(Forms.html(bob.get("/notifications")).selectFirst("li.notification").hasClass("read"))
                .as("read once the conversation is opened").isTrue();
        assertThat(notifications(ada)).as("nobody hears of their own message").isEmpty();

        long group = Chats.group(ada, "Team " + id, handle("Bob") + "," + handle("Cy"));
        Element mute = Forms.one(cy.get("/messages/" + group), "form:has(.mute-conversation)");
        assertThat(cy.postRaw(mute.attr("action"), Forms.fields(mute)).status()).isEqualTo(303);
        Chats.say(ada, group, "Look at this @" + handle("Bob") + " and @" + handle("Otto"));
        assertThat(notifications(bob)).contains("Ada " + id + " mentioned you in Team " + id);
        assertThat(notifications(cy)).as("muted").isEmpty();
        assertThat(notifications(otto)).as("not a member: a mention reveals nothing").isEmpty();

        AgoraClient french = member("Francois").acceptLanguage("fr");
        Chats.say(ada, Chats.direct(ada, handle("Francois")), "Bonjour");
        assertThat(notifications(french)).containsExactly("Ada " + id + " vous a écrit");

        String space = Spaces.create(ada, "Quiet room " + id, "PUBLIC");
        bob.get(space);
        assertThat(bob.post(space + "/join", Map.of()).status()).isEqualTo(303);
        long channel = Chats.channel(ada, space);
        int before = notifications(bob).size();
        Chats.say(ada, channel, "Hello everyone");
        assertThat(notifications(bob)).as("a space's chat notifies mentions only").hasSize(before);
        Chats.say(ada, channel, "Hello @" + handle("Bob"));
        assertThat(notifications(bob)).contains("Ada " + id + " mentioned you in Quiet room " + id);
    }
}
