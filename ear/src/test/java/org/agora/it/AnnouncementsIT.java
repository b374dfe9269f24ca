package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** Communicators pin company news at the top of every feed until each reader marks it read. */
@AgoraTest
class AnnouncementsIT {

    private static void makeCommunicator(String email) {
        AgoraClient admin = TestAccounts.admin();
        Page people = admin.get("/admin/people?page=1");
        for (int p = 1; !people.contains(email); p++) {
            assertThat(people.status()).as(people.toString()).isEqualTo(200);
            assertThat(p).as(email + " listed").isLessThan(500);
            people = admin.get("/admin/people?page=" + (p + 1));
        }
        Matcher id = Pattern.compile("data-email=\"" + Pattern.quote(email) + "\"[\\s\\S]*?/admin/people/(\\d+)/communicator")
                .matcher(people.body());
        assertThat(id.find()).isTrue();
        Page made = admin.post("/admin/people/" + id.group(1) + "/communicator?page=1", Map.of("communicator", "true"));
        assertThat(made.status()).isEqualTo(200);
    }

    @Test
    void anAnnouncementStaysOnTopUntilReadAndItsAuthorSeesTheReadCount() {
        String id = Agora.unique("a");
        String communicatorEmail = "comms-" + id + "@agora.test";
        AgoraClient communicator = TestAccounts.member("Cora Comms", communicatorEmail);
        AgoraClient reader = TestAccounts.member("Rita Reader", "rita-" + id + "@agora.test");

        communicator.get("/");
        assertThat(communicator.get("/").body()).doesNotContain("Publish an announcement");
        Page refused = communicator.post("/announcements", Map.of("text", "Too early " + id));
        assertThat(refused.status()).isEqualTo(403);

        makeCommunicator(communicatorEmail);
        communicator.get("/");
        assertThat(communicator.post("/announcements", Map.of("text", " ")).status()).isEqualTo(400);
        String news = Agora.unique("newoffice");
        assertThat(communicator.post("/announcements", Map.of("text", "**Moving** to the " + news)).status())
                .isEqualTo(303);

        Page feed = reader.get("/");
        assertThat(feed.body()).containsPattern("class=\"card announcement[\\s\\S]*?" + news);
        assertThat(feed.body().indexOf(news)).isLessThan(feed.body().indexOf("form class=\"card composer"));
        assertThat(feed.body()).doesNotContain("Read by");
        Matcher read = Pattern.compile("action=\"(/announcements/\\d+/read)\"[\\s\\S]*?" + news).matcher(feed.body());
        assertThat(read.find()).isTrue();
        assertThat(reader.post(read.group(1), Map.of()).status()).isEqualTo(303);
        Page after = reader.get("/");
        assertThat(after.body()).doesNotContain("class=\"card announcement");
        assertThat(after.body()).as("still a post of the feed").contains(news);

        assertThat(communicator.get("/").body()).contains("Read by 1 person");
        AgoraClient forger = TestAccounts.member("Fred Forger", "fred-" + id + "@agora.test");
        assertThat(forger.postRaw(read.group(1), Map.of()).status()).isEqualTo(403);
    }
}
