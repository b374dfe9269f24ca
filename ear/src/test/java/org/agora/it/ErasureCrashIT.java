package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import org.agora.it.probe.ProbeJar;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.Forms;
import org.agora.it.support.KillableServer;
import org.agora.it.support.OwnServers;
import org.agora.it.support.Page;
import org.agora.it.support.Posts;
import org.agora.it.support.Privacy;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An erasure cut short by the server's process dying in the middle: the person stays hidden, and the erasure ends by
 * itself once Agora starts again. Runs on a server of its own, which it kills.
 */
@OwnServers
class ErasureCrashIT {

    private static KillableServer server;

    @BeforeAll
    static void startAServerOfItsOwn() {
        server = KillableServer.nextTo(Agora.SERVER_DIR, "agora-killable", 120);
        // the probe module's erasure waits when told to, which holds the job in its second step
        ProbeJar.write(server.folder().resolve("plugins/probe-plugin.jar"), "1.0.0", "^1.1.0");
        server.start();
    }

    @AfterAll
    static void stopIt() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anErasureCutShortByACrashKeepsThePersonHiddenAndEndsAfterTheRestart() {
        AgoraClient admin = TestAccounts.admin(server.client());
        String id = Agora.unique("crash");
        String name = "Carla Crash" + id;
        String email = id + "@agora.test";
        AgoraClient carla = TestAccounts.member(admin, name, email);
        carla.get("/");
        assertThat(carla.post("/posts", Map.of("text", "Carla writes " + id)).status()).isEqualTo(303);
        long postId = Posts.postId(carla.get("/").body(), "Carla writes " + id);
        long carlaId = Privacy.personId(admin, email);
        admin.get("/");
        assertThat(admin.post("/m/probe/hold-erasures", Map.of()).status()).isEqualTo(200);

        String erasure = Privacy.startErasure(admin, carlaId);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(Forms.html(admin.get(erasure)).select("tr[data-step=plugins]").attr("data-status"))
                        .isEqualTo("STARTED"));
        Page post = admin.get("/posts/" + postId);
        assertThat(post.status()).isEqualTo(200);
        assertThat(Forms.html(post).select(".post-author").text()).as("nameless from the first step")
                .isNotBlank().doesNotContain(name);
        server.kill();

        server.start();
        AgoraClient again = TestAccounts.admin(server.client());
        Page done = Privacy.awaitErasure(again, erasure, "COMPLETED");
        assertThat(Forms.html(done).select("tr[data-step=plugins]").attr("data-status")).isEqualTo("COMPLETED");
        assertThat(Forms.html(done).select("tr[data-step=content]").text()).contains("posts=1");
        assertThat(again.get("/posts/" + postId).status()).as("her post is deleted").isEqualTo(404);
        assertThat(again.get("/m/probe/erasures").ok().jsonArray().getValuesAs(JsonObject.class))
                .as("the module erased her too").extracting(e -> e.getString("person"))
                .contains(String.valueOf(carlaId));
        assertThat(again.get("/admin/privacy/find?email=" + email).status()).as("her address is gone")
                .isEqualTo(400);
        Page privacy = again.get("/admin/privacy");
        assertThat(privacy.status()).isEqualTo(200);
        assertThat(Forms.html(privacy).select(".unfinished-erasures")).as("nothing left to resume").isEmpty();
    }
}
