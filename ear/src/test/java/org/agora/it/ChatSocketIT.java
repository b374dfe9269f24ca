package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.ChatSocket;
import org.agora.it.support.Chats;
import org.agora.it.support.Page;
import org.agora.it.support.SharedState;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The live chat connection, through the JDK's WebSocket client with the session cookie of signed-in clients: members
 * receive each other's messages, edits, reactions, typing and read receipts; a removed member and outsiders receive
 * nothing; a reconnecting client gets exactly what it missed; bad frames and floods are refused, and nobody else's
 * connection closes.
 */
@AgoraTest
@ResourceLock(value = SharedState.MESSAGES, mode = ResourceAccessMode.READ)
class ChatSocketIT {

    private static final Duration QUIET = Duration.ofSeconds(2);

    private final String id = Agora.unique("ws");

    private AgoraClient member(String first) {
        return TestAccounts.member(first + " " + id, first.toLowerCase() + "." + id + "@agora.test");
    }

    private String handle(String first) {
        return first.toLowerCase() + "." + id;
    }

    private static String send(long conversation, String text, String ref) {
        return Json.createObjectBuilder().add("type", "send").add("conversation", conversation).add("text", text)
                .add("ref", ref).build().toString();
    }

    private static boolean isMessage(JsonObject f, String text) {
        return "message".equals(f.getString("type", "")) && f.getString("html", "").contains(text);
    }

    @Test
    void twoPeopleInAConversationReceiveEachOthersMessagesLive() {
        AgoraClient ada = member("Ada");
        AgoraClient bob = member("Bob");
        long conversation = Chats.direct(ada, handle("Bob"));
        try (ChatSocket adaLive = ChatSocket.open(ada); ChatSocket bobLive = ChatSocket.open(bob)) {
            adaLive.send(send(conversation, "Hello **Bob**", "a1"));
            // the writer's own connections receive the message too, once committed, and the acknowledgement
            List<JsonObject> ownAndAck = adaLive.each(Duration.ofSeconds(10), f -> isMessage(f, "Hello"),
                    f -> "sent".equals(f.getString("type", "")));
            JsonObject own = ownAndAck.get(0);
            JsonObject ack = ownAndAck.get(1);
            assertThat(ack.getString("ref")).isEqualTo("a1");
            assertThat(ack.getJsonNumber("id").longValue()).isEqualTo(own.getJsonNumber("id").longValue());
            JsonObject got = bobLive.next(f -> isMessage(f, "Hello <strong>Bob</strong>"), Duration.ofSeconds(10));
            assertThat(got.getJsonNumber("id").longValue()).isEqualTo(ack.getJsonNumber("id").longValue());
            assertThat(got.getString("authorName")).isEqualTo("Ada " + id);
            assertThat(got.getJsonNumber("conversation").longValue()).isEqualTo(conversation);

            long bobsMessage = Chats.say(bob, conversation, "Hi Ada, sent from the page");
            JsonObject reply = adaLive.next(f -> isMessage(f, "sent from the page"), Duration.ofSeconds(10));
            assertThat(reply.getJsonNumber("id").longValue()).isEqualTo(bobsMessage);

            bobLive.send("{\"type\":\"typing\",\"conversation\":" + conversation + "}");
            JsonObject typing = adaLive.next("typing");
            assertThat(typing.getString("name")).isEqualTo("Bob " + id);

            adaLive.send("{\"type\":\"react\",\"id\":" + bobsMessage + ",\"kind\":\"LIKE\"}");
            JsonObject reacted = bobLive.next("reacted");
            assertThat(reacted.getJsonObject("reactions").getInt("LIKE")).isEqualTo(1);

            adaLive.send("{\"type\":\"read\",\"conversation\":" + conversation + ",\"id\":" + bobsMessage + "}");
            JsonObject read = bobLive.next("read");
            assertThat(read.getString("name")).isEqualTo("Ada " + id);
            assertThat(read.getJsonNumber("id").longValue()).isEqualTo(bobsMessage);

            bob.get("/messages/" + conversation);
            Page edited = bob.post("/messages/" + conversation + "/messages/" + bobsMessage + "/edit",
                    Map.of("text", "Hi Ada, edited"));
            assertThat(edited.status()).isEqualTo(303);
            assertThat(adaLive.next("edited").getString("html")).contains("Hi Ada, edited");
            bob.get("/messages/" + conversation);
            assertThat(bob.post("/messages/" + conversation + "/messages/" + bobsMessage + "/delete", Map.of())
                    .status())
                    .isEqualTo(303);
            assertThat(adaLive.next("deleted").getJsonNumber("id").longValue()).isEqualTo(bobsMessage);
        }
    }

    @Test
    void aRemovedMemberReceivesNothingMoreAtOnce() {
        AgoraClient ada = member("Ada");
        AgoraClient bob = member("Bob");
        AgoraClient cy = member("Cy");
        long group = Chats.group(ada, "Launch " + id, handle("Bob") + ", " + handle("Cy"));
        try (ChatSocket bobLive = ChatSocket.open(bob); ChatSocket cyLive = ChatSocket.open(cy)) {
            Chats.say(ada, group, "Before the removal");
            bobLive.next(f -> isMessage(f, "Before the removal"), Duration.ofSeconds(10));
            cyLive.next(f -> isMessage(f, "Before the removal"), Duration.ofSeconds(10));

            ada.get("/messages/" + group);
            Page member = ada.post("/messages/" + group + "/members/" + personId(cy) + "/remove", Map.of());
            assertThat(member.status()).isEqualTo(303);
            Chats.say(ada, group, "After the removal");
            bobLive.next(f -> isMessage(f, "After the removal"), Duration.ofSeconds(10));
            assertThat(cyLive.during(QUIET)).noneMatch(f -> isMessage(f, "After the removal"));

            cyLive.send(send(group, "Still here?", "c1"));
            JsonObject refused = cyLive.next("error");
            assertThat(refused.getString("code")).isEqualTo("unknown");
            assertThat(refused.getString("message")).isEqualTo("This conversation does not exist.");
            assertThat(bobLive.during(QUIET)).noneMatch(f -> isMessage(f, "Still here?"));
            assertThat(cy.get("/messages/" + group).status()).isEqualTo(404);
        }
    }

    @Test
    void aDeactivatedPersonsOpenConnectionReceivesNothingMore() {
        AgoraClient ada = member("Ada");
        AgoraClient dan = member("Dan");
        AgoraClient admin = TestAccounts.admin();
        long conversation = Chats.direct(ada, handle("Dan"));
        try (ChatSocket danLive = ChatSocket.open(dan)) {
            Chats.say(ada, conversation, "Before you leave");
            danLive.next(f -> isMessage(f, "Before you leave"), Duration.ofSeconds(10));
            long danId = org.agora.it.support.Privacy.personId(admin, handle("Dan") + "@agora.test");
            admin.get("/admin/privacy/find?email=" + handle("Dan") + "@agora.test");
            assertThat(admin.post("/admin/privacy/" + danId + "/deactivate", Map.of()).status()).isEqualTo(303);
            Chats.say(ada, conversation, "After you left");
            assertThat(danLive.during(QUIET)).noneMatch(f -> isMessage(f, "After you left"));
        }
    }

    @Test
    void signingOutClosesTheConnection() {
        AgoraClient ada = member("Ada");
        AgoraClient bob = member("Bob");
        long conversation = Chats.direct(ada, handle("Bob"));
        try (ChatSocket bobLive = ChatSocket.open(bob)) {
            bob.get("/");
            assertThat(bob.post("/logout", Map.of()).status()).isEqualTo(303);
            Chats.say(ada, conversation, "After signing out");
            assertThat(bobLive.during(QUIET)).noneMatch(f -> isMessage(f, "After signing out"));
            assertThat(bobLive.isOpen()).isFalse();
        }
    }

    @Test
    void nobodyOutsideAPrivateSpaceReceivesItsChannel() {
        AgoraClient owner = member("Olga");
        AgoraClient outsider = member("Otto");
        AgoraClient admin = TestAccounts.admin();
        long channel = Chats.channel(owner, Spaces.create(owner, "Secret plans " + id, "PRIVATE"));
        try (ChatSocket outside = ChatSocket.open(outsider); ChatSocket adminLive = ChatSocket.open(admin);
             ChatSocket ownerLive = ChatSocket.open(owner)) {
            long said = Chats.say(owner, channel, "Only for members " + id);
            ownerLive.next(f -> isMessage(f, "Only for members"), Duration.ofSeconds(10));
            assertThat(outside.during(QUIET)).noneMatch(f -> f.toString().contains("Only for members"));
            assertThat(adminLive.during(Duration.ZERO.plusMillis(200)))
                    .noneMatch(f -> f.toString().contains("Only for members"));

            outside.send("{\"type\":\"resume\",\"conversation\":" + channel + ",\"after\":0}");
            assertThat(outside.next("error").getString("code")).isEqualTo("unknown");
            outside.send("{\"type\":\"resume\",\"after\":" + (said - 1) + "}");
            outside.next("resumed");
            adminLive.send("{\"type\":\"resume\",\"after\":" + (said - 1) + "}");
            List<JsonObject> adminGot = adminLive.during(QUIET);
            assertThat(adminGot).noneMatch(f -> f.toString().contains("Only for members"));
            outside.send("{\"type\":\"typing\",\"conversation\":" + channel + "}");
            assertThat(outside.next("error").getString("code")).isEqualTo("unknown");
            assertThat(outsider.get("/messages/" + channel).status()).isEqualTo(404);
            assertThat(outsider.get("/chat/" + channel + "/updates?after=0").status()).isEqualTo(404);
        }
    }

    @Test
    void aReconnectingClientReceivesExactlyWhatItMissed() {
        AgoraClient ada = member("Ada");
        AgoraClient bob = member("Bob");
        long conversation = Chats.direct(ada, handle("Bob"));
        long first;
        try (ChatSocket bobLive = ChatSocket.open(bob)) {
            first = Chats.say(ada, conversation, "Seen live");
            bobLive.next(f -> isMessage(f, "Seen live"), Duration.ofSeconds(10));
        }
        long second;
        long third;
        try (ChatSocket adaLive = ChatSocket.open(ada)) {
            second = Chats.say(ada, conversation, "Missed one");
            third = Chats.say(ada, conversation, "Missed two");
            // passed on live before Bob's new connection opens, which then receives them only by resuming
            adaLive.next(f -> isMessage(f, "Missed two"), Duration.ofSeconds(10));
        }
        try (ChatSocket again = ChatSocket.open(bob)) {
            again.send("{\"type\":\"resume\",\"conversation\":" + conversation + ",\"after\":" + first + "}");
            List<Long> got = again.during(QUIET).stream().filter(f -> "message".equals(f.getString("type")))
                    .map(f -> f.getJsonNumber("id").longValue()).toList();
            assertThat(got).containsExactly(second, third);

            again.send("{\"type\":\"resume\",\"after\":" + first + "}");
            List<JsonObject> all = again.during(QUIET);
            assertThat(all.stream().filter(f -> "message".equals(f.getString("type")))
                    .map(f -> f.getJsonNumber("id").longValue()).toList()).containsExactly(second, third);
            assertThat(all.getLast().getString("type")).isEqualTo("resumed");
            assertThat(all.getLast().getJsonNumber("last").longValue()).isEqualTo(third);
        }
        Page polled = bob.get("/chat/" + conversation + "/updates?after=" + second);
        assertThat(polled.status()).isEqualTo(200);
        assertThat(polled.body()).contains("Missed two").doesNotContain("Missed one").doesNotContain("Seen live");
    }

    @Test
    void aReconnectingPageLearnsWhatChangedInTheMessagesItShows() {
        AgoraClient ada = member("Ada");
        AgoraClient bob = member("Bob");
        long conversation = Chats.direct(ada, handle("Bob"));
        long kept = Chats.say(ada, conversation, "Stays as it is");
        long edited = Chats.say(ada, conversation, "Before the edit");
        long deleted = Chats.say(ada, conversation, "Soon gone");
        long liked = Chats.say(bob, conversation, "Worth a like");
        // Bob's page shows these four when his connection drops; meanwhile Ada changes three of them
        String base = "/messages/" + conversation + "/messages/";
        ada.get("/messages/" + conversation);
        assertThat(ada.post(base + edited + "/edit", Map.of("text", "After the edit")).status()).isEqualTo(303);
        assertThat(ada.post(base + deleted + "/delete", Map.of()).status()).isEqualTo(303);
        assertThat(ada.post(base + liked + "/react", Map.of("kind", "LIKE")).status()).isEqualTo(303);

        String resume = "{\"type\":\"resume\",\"conversation\":" + conversation + ",\"after\":" + liked
                + ",\"from\":" + kept + "}";
        try (ChatSocket again = ChatSocket.open(bob)) {
            again.send(resume);
            List<JsonObject> frames = again.during(QUIET);
            Map<Long, JsonObject> current = frames.stream().filter(f -> "current".equals(f.getString("type")))
                    .collect(Collectors.toMap(f -> f.getJsonNumber("id").longValue(), f -> f));
            assertThat(current).containsOnlyKeys(kept, edited, deleted, liked);
            assertThat(current.get(kept).getBoolean("edited")).isFalse();
            assertThat(current.get(edited).getBoolean("edited")).isTrue();
            assertThat(current.get(edited).getString("html")).contains("After the edit");
            assertThat(current.get(deleted).getBoolean("deleted")).isTrue();
            assertThat(current.get(deleted).getString("html")).isEmpty();
            assertThat(current.get(liked).getJsonObject("reactions").getInt("LIKE")).isEqualTo(1);
            assertThat(frames).as("nothing new came").noneMatch(f -> "message".equals(f.getString("type")));
            assertThat(frames.getLast().getString("type")).isEqualTo("resumed");
        }
        try (ChatSocket outsider = ChatSocket.open(member("Eve"))) {
            outsider.send(resume);
            assertThat(outsider.next("error").getString("code")).isEqualTo("unknown");
            assertThat(outsider.during(QUIET)).noneMatch(f -> "current".equals(f.getString("type")));
        }
    }

    @Test
    void malformedFramesAndAFloodAreRefusedWithoutClosingAnyoneElsesConnection() {
        AgoraClient ada = member("Ada");
        AgoraClient bob = member("Bob");
        long conversation = Chats.direct(ada, handle("Bob"));
        try (ChatSocket adaLive = ChatSocket.open(ada); ChatSocket bobLive = ChatSocket.open(bob)) {
            adaLive.send("this is not JSON {");
            JsonObject malformed = adaLive.next("error");
            assertThat(malformed.getString("code")).isEqualTo("malformed");
            assertThat(malformed.getString("message")).isEqualTo("This frame could not be read.");
            adaLive.send("{\"type\":\"send\",\"text\":\"no conversation\"}");
            assertThat(adaLive.next("error").getString("code")).isEqualTo("malformed");
            adaLive.send("{\"type\":\"send\",\"conversation\":" + conversation + ",\"text\":\"   \"}");
            assertThat(adaLive.next("error").getString("message")).isEqualTo("Write something before sending.");
            adaLive.send(send(conversation, "x".repeat(4001), "long"));
            assertThat(adaLive.next("error").getString("code")).isEqualTo("invalid");
            adaLive.send(send(999_999_999L, "forged", "f"));
            assertThat(adaLive.next("error").getString("code")).isEqualTo("unknown");

            for (int i = 0; i < 25; i++) {
                adaLive.send(send(conversation, "flood " + i, "flood" + i));
            }
            JsonObject rate = adaLive.next(f -> "error".equals(f.getString("type", ""))
                    && "rate".equals(f.getString("code", "")), Duration.ofSeconds(10));
            assertThat(rate.getString("message")).isEqualTo("Too many messages at once: wait a few seconds.");
            assertThat(adaLive.isOpen()).isTrue();
            assertThat(bobLive.isOpen()).isTrue();

            bobLive.send(send(conversation, "Bob is not limited", "b1"));
            assertThat(bobLive.next("sent").getString("ref")).isEqualTo("b1");
            adaLive.next(f -> isMessage(f, "Bob is not limited"), Duration.ofSeconds(10));
            assertThat(adaLive.isOpen()).isTrue();
        }
    }

    @Test
    void aConnectionWithoutSignInOrFromAnotherSiteIsRefused() {
        assertThatThrownBy(() -> ChatSocket.open(null, null)).isInstanceOf(IllegalStateException.class);
        AgoraClient ada = member("Ada");
        try (ChatSocket foreign = ChatSocket.open(ada.cookieHeader(), "https://evil.example")) {
            assertThat(foreign.closeCode(Duration.ofSeconds(10))).isEqualTo(1008);
        }
    }

    private static long personId(AgoraClient client) {
        Page profile = client.get("/profile");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/people/(\\d+)/avatar").matcher(profile.body());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
