package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Chats;
import org.agora.it.support.Page;
import org.agora.it.support.Privacy;
import org.agora.it.support.SharedState;
import org.agora.it.support.TestAccounts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A person's messages are in their export; erasing them keeps their conversations readable for the others, with
 * "Former employee" in their place, their messages deleted (the company's default policy) and mentions naming nobody.
 */
@AgoraTest
@ResourceLock(value = SharedState.MESSAGES, mode = ResourceAccessMode.READ)
class MessagingPrivacyIT {

    private final String id = Agora.unique("chatgdpr");

    @Test
    void messagesAreExportedAndErasureLeavesTheConversationReadable() {
        AgoraClient admin = TestAccounts.admin();
        AgoraClient ada = TestAccounts.member("Ada " + id, "ada." + id + "@agora.test");
        AgoraClient bob = TestAccounts.member("Bob " + id, "bob." + id + "@agora.test");
        long conversation = Chats.direct(ada, "bob." + id);
        long asked = Chats.say(ada, conversation, "Ask @bob." + id + " about it");
        long answered = Chats.say(bob, conversation, "My secret plan " + id);
        long bobId = Privacy.personId(admin, "bob." + id + "@agora.test");

        JsonObject export = admin.get("/admin/privacy-export/" + bobId).ok().jsonObject();
        assertThat(export.getJsonObject("host").getJsonObject("messages").getJsonArray("messages")
                .getValuesAs(JsonObject.class))
                .filteredOn(m -> m.getString("body", "").contains("My secret plan " + id)).singleElement()
                .satisfies(m -> assertThat(m.getJsonNumber("conversation_id").longValue()).isEqualTo(conversation));

        Privacy.erase(admin, bobId);
        Document page = ada.get("/messages/" + conversation).ok().html();
        assertThat(page.selectFirst("h1.conversation-title").text()).isEqualTo("Former employee");
        Element theirs = page.selectFirst("#message-" + answered);
        assertThat(theirs.selectFirst(".message-author").text()).isEqualTo("Former employee");
        assertThat(theirs.selectFirst(".message-deleted").text()).isEqualTo("This message was deleted.");
        assertThat(page.text()).doesNotContain("My secret plan").doesNotContain("Bob " + id)
                .doesNotContain("bob." + id);
        assertThat(page.selectFirst("#message-" + asked + " .message-text").text())
                .isEqualTo("Ask @former-employee about it");
        Element listed = ada.get("/messages").ok().one("li.conversation[data-id=" + conversation + "]");
        assertThat(listed.text()).contains("Former employee").doesNotContain("Bob " + id);
        Page after = admin.get("/admin/privacy-export/" + bobId).ok();
        assertThat(after.jsonObject().getJsonObject("host").getJsonObject("account").getJsonArray("account")
                .getJsonObject(0).getString("status")).isEqualTo("ERASED");
        assertThat(after.body()).doesNotContain("My secret plan").doesNotContain("Bob " + id);
    }
}
