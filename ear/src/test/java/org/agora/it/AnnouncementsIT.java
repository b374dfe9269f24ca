package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.Posts;
import org.agora.it.support.TestAccounts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Communicators pin company news at the top of every feed until each reader marks it read. */
@AgoraTest
class AnnouncementsIT {

    private static void makeCommunicator(String email) {
        AgoraClient admin = TestAccounts.admin();
        Page people = admin.get("/admin/people?q=" + java.net.URLEncoder.encode(email,
                java.nio.charset.StandardCharsets.UTF_8));
        Matcher id = Pattern.compile("data-email=\"" + Pattern.quote(email) + "\"[^>]*data-person=\"(\\d+)\"")
                .matcher(people.body());
        assertThat(id.find()).as(people.toString()).isTrue();
        Page made = admin.post("/admin/people/" + id.group(1) + "/role", Map.of("role", "COMMUNICATOR"));
        assertThat(made.status()).as(made.toString()).isEqualTo(303);
    }

    @Test
    void anAnnouncementStaysOnTopUntilReadAndItsAuthorSeesTheReadCount() {
        String id = Agora.unique("a");
        String communicatorEmail = "comms-" + id + "@agora.test";
        AgoraClient communicator = TestAccounts.member("Cora Comms", communicatorEmail);
        AgoraClient reader = TestAccounts.member("Rita Reader", "rita-" + id + "@agora.test");

        Page before = communicator.get("/").titled("Feed");
        assertThat(before.select("form.composer")).hasSize(1);
        assertThat(before.select("details.announce-form")).as("only communicators announce").isEmpty();
        assertThat(before.body()).doesNotContain("Publish an announcement");
        Page refused = communicator.post("/announcements", Map.of("text", "Too early " + id));
        assertThat(refused.status()).isEqualTo(403);

        makeCommunicator(communicatorEmail);
        communicator.get("/");
        assertThat(communicator.post("/announcements", Map.of("text", " ")).status()).isEqualTo(400);
        String news = Agora.unique("newoffice");
        assertThat(communicator.post("/announcements", Map.of("text", "**Moving** to the " + news)).status())
                .isEqualTo(303);

        Page feed = reader.get("/").titled("Feed");
        Element strip = feed.one("#announcements .card.announcement");
        assertThat(strip.select(".announcement-text strong").text()).isEqualTo("Moving");
        assertThat(strip.select(".announcement-text").text()).isEqualTo("Moving to the " + news);
        assertThat(feed.select("form.composer, #announcements").first().hasClass("composer")).as("the composer first")
                .isTrue();
        assertThat(strip.select(".read-count")).as("readers do not see who read").isEmpty();
        String read = strip.selectFirst("form[action$=/read]").attr("action");
        assertThat(read).matches("/announcements/\\d+/read");
        assertThat(reader.post(read, Map.of()).status()).isEqualTo(303);
        Page after = reader.get("/").titled("Feed");
        assertThat(after.text("#announcements")).as("no longer on top").doesNotContain(news);
        assertThat(after.select(Posts.TEXT).eachText()).as("still a post of the feed")
                .contains("Moving to the " + news);

        assertThat(communicator.get("/").titled("Feed").text("#announcements .read-count"))
                .isEqualTo("Read by 1 person");
        AgoraClient forger = TestAccounts.member("Fred Forger", "fred-" + id + "@agora.test");
        assertThat(forger.postRaw(read, Map.of()).status()).isEqualTo(403);
    }

    @Test
    void unreadAnnouncementsShowOneAtATimeAndAreAllMarkedReadAtOnceWhileTheAuthorSeesWhoRead() {
        String id = Agora.unique("s");
        String communicatorEmail = "strip-" + id + "@agora.test";
        AgoraClient communicator = TestAccounts.member("Stan Strip", communicatorEmail);
        AgoraClient reader = TestAccounts.member("Rosa Reader", "rosa-" + id + "@agora.test");
        makeCommunicator(communicatorEmail);
        communicator.get("/");
        String older = Agora.unique("canteen");
        String newer = Agora.unique("parking");
        assertThat(communicator.post("/announcements", Map.of("text", "The " + older)).status()).isEqualTo(303);
        assertThat(communicator.post("/announcements", Map.of("text", "The " + newer)).status()).isEqualTo(303);

        Document feed = Forms.html(reader.get("/"));
        assertThat(feed.select("#announcements .card.announcement")).as("one at a time").hasSize(1);
        assertThat(feed.selectFirst("#announcements").text()).contains(newer).doesNotContain(older);
        assertThat(feed.selectFirst(".announcement-position").text()).matches("1 of \\d+");
        Element all = feed.selectFirst("#announcements form[action=/announcements/read]");
        assertThat(reader.postRaw(all.attr("action"), Forms.fields(all)).status()).isEqualTo(303);
        assertThat(Forms.html(reader.get("/")).select(".card.announcement")).as("all read").isEmpty();

        Element count = Forms.one(communicator.get("/"), "#announcements .read-count");
        assertThat(count.text()).isEqualTo("Read by 1 person");
        Page readers = communicator.get(count.attr("href"));
        assertThat(Forms.html(readers).select(".readers .reader").eachText()).containsExactly("Rosa Reader");
        assertThat(reader.get(count.attr("href")).status()).as("only for the author").isEqualTo(403);
    }
}
