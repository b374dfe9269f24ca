package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.ChatSocket;
import org.agora.it.support.Chats;
import org.agora.it.support.Forms;
import org.agora.it.support.KillableServer;
import org.agora.it.support.OwnServers;
import org.agora.it.support.SharedDatabase;
import org.agora.it.support.TestAccounts;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Agora servers on one database, as the nodes of a cluster behind a load balancer: people connected to different
 * servers chat live, see each other typing and online, and a member removed on one server receives nothing more on
 * the other. Runs on servers of its own.
 */
@OwnServers
class ChatAcrossServersIT {

    private static final Duration LIVE = Duration.ofSeconds(10);
    private static final Duration QUIET = Duration.ofSeconds(3);

    private static SharedDatabase database;
    private static KillableServer first;
    private static KillableServer second;

    private final String id = Agora.unique("nodes");

    @BeforeAll
    static void twoServersOnOneDatabase() {
        database = SharedDatabase.start(Integer.getInteger("agora.derby.port", 49081));
        first = KillableServer.onSharedDatabase(Agora.SERVER_DIR, "agora-node-a",
                Integer.getInteger("agora.killable.http.port", 29081),
                Integer.getInteger("agora.killable.https.port", 29444), database);
        second = KillableServer.onSharedDatabase(Agora.SERVER_DIR, "agora-node-b",
                Integer.getInteger("agora.second.http.port", 39081),
                Integer.getInteger("agora.second.https.port", 39444), database);
        // the first brings the database's tables up to date; the second finds them so
        first.start();
        second.start();
    }

    @AfterAll
    static void stopThem() {
        for (AutoCloseable closing : new AutoCloseable[] {second, first, database}) {
            if (closing != null) {
                try {
                    closing.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** @return a client signed in on that server as a new member, whom the administrator added on the first */
    private AgoraClient member(String name, KillableServer on) {
        String email = handle(name) + "@agora.test";
        TestAccounts.member(TestAccounts.admin(first.client()), name + " " + id, email);
        AgoraClient member = on.client();
        assertThat(member.signIn(email, TestAccounts.PASSWORD).status()).isEqualTo(303);
        return member;
    }

    private String handle(String name) {
        return name.toLowerCase() + "." + id;
    }

    private static boolean isMessage(JsonObject f, String text) {
        return "message".equals(f.getString("type", "")) && f.getString("html", "").contains(text);
    }

    private static long personId(AgoraClient viewer, long conversation, String name) {
        return Long.parseLong(Forms.html(viewer.get("/messages/" + conversation))
                .select(".chat-members li.member").stream().filter(li -> li.text().contains(name))
                .findFirst().orElseThrow().attr("data-person"));
    }

    private static Element presenceBadge(AgoraClient viewer, long conversation, long person) {
        return Forms.html(viewer.get("/messages/" + conversation))
                .selectFirst(".chat-members .presence[data-person=" + person + "]");
    }

    @Test
    void peopleOnTwoServersChatLiveAndSeeEachOtherOnline() {
        AgoraClient ada = member("Ada", first);
        AgoraClient bob = member("Bob", second);
        long conversation = Chats.direct(ada, handle("Bob"));
        long bobId = personId(ada, conversation, "Bob " + id);
        bob.get("/profile");
        assertThat(bob.post("/profile/presence", Map.of("shown", "true")).status()).isEqualTo(303);
        assertThat(presenceBadge(ada, conversation, bobId).text()).isEqualTo("offline");

        try (ChatSocket adaLive = ChatSocket.open(ada)) {
            try (ChatSocket bobLive = ChatSocket.open(bob)) {
                adaLive.next(f -> "presence".equals(f.getString("type", ""))
                        && f.getJsonNumber("person").longValue() == bobId
                        && "online".equals(f.getString("status")), LIVE);
                assertThat(presenceBadge(ada, conversation, bobId).text()).as("the first server's page")
                        .isEqualTo("online");

                long sent = Chats.say(ada, conversation, "Hello from the first server");
                JsonObject received = bobLive.next(f -> isMessage(f, "Hello from the first server"), LIVE);
                assertThat(received.getJsonNumber("id").longValue()).isEqualTo(sent);

                long reply = Chats.say(bob, conversation, "Hello from the second server");
                JsonObject answer = adaLive.next(f -> isMessage(f, "Hello from the second server"), LIVE);
                assertThat(answer.getJsonNumber("id").longValue()).isEqualTo(reply);
                assertThat(adaLive.during(QUIET)).as("each message once")
                        .noneMatch(f -> isMessage(f, "Hello from the second server"));

                bobLive.send("{\"type\":\"typing\",\"conversation\":" + conversation + "}");
                assertThat(adaLive.next("typing").getString("name")).isEqualTo("Bob " + id);
            }
            adaLive.next(f -> "presence".equals(f.getString("type", ""))
                    && f.getJsonNumber("person").longValue() == bobId
                    && "offline".equals(f.getString("status")), LIVE);
        }
        assertThat(presenceBadge(ada, conversation, bobId).text()).isEqualTo("offline");
    }

    @Test
    void aMemberRemovedOnOneServerReceivesNothingMoreOnTheOther() {
        AgoraClient ada = member("Ada", first);
        AgoraClient bob = member("Bob", second);
        AgoraClient cy = member("Cy", second);
        long group = Chats.group(ada, "Across " + id, handle("Bob") + ", " + handle("Cy"));
        long cyId = personId(ada, group, "Cy " + id);
        try (ChatSocket bobLive = ChatSocket.open(bob); ChatSocket cyLive = ChatSocket.open(cy)) {
            Chats.say(ada, group, "Before the removal");
            bobLive.next(f -> isMessage(f, "Before the removal"), LIVE);
            cyLive.next(f -> isMessage(f, "Before the removal"), LIVE);

            ada.get("/messages/" + group);
            assertThat(ada.post("/messages/" + group + "/members/" + cyId + "/remove", Map.of()).status())
                    .isEqualTo(303);
            Chats.say(ada, group, "After the removal");
            bobLive.next(f -> isMessage(f, "After the removal"), LIVE);
            assertThat(cyLive.during(QUIET)).noneMatch(f -> isMessage(f, "After the removal"));
            assertThat(cy.get("/messages/" + group).status()).as("on the second server too").isEqualTo(404);
        }
    }
}
