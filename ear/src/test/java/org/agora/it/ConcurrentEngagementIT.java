package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.Posts;
import org.agora.it.support.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Colleagues commenting on and reacting to one post at the same moment, as on a popular announcement: everyone's
 * comment and reaction is kept and counted, and nobody waits for anybody else's transaction to be given up. A
 * newcomer opening the feed in several tabs and devices at once sees it in each.
 */
@AgoraTest
class ConcurrentEngagementIT {

    private static final int COLLEAGUES = 6;

    private static List<AgoraClient> colleagues() {
        List<AgoraClient> all = new ArrayList<>();
        for (int i = 0; i < COLLEAGUES; i++) {
            all.add(TestAccounts.member("Crowd " + Agora.unique("Member"), Agora.unique("crowd") + "@engagement.test"));
        }
        return all;
    }

    /** Each colleague sends their form at the same moment; @return the answers, in the colleagues' order. */
    private static List<Page> allAtOnce(List<AgoraClient> colleagues, Function<AgoraClient, Page> send)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(colleagues.size())) {
            List<Future<Page>> sent = new ArrayList<>();
            for (AgoraClient c : colleagues) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return send.apply(c);
                }));
            }
            start.countDown();
            List<Page> answers = new ArrayList<>();
            for (Future<Page> f : sent) {
                answers.add(f.get());
            }
            return answers;
        }
    }

    @Test
    void aNewMembersFirstFeedOpenedInSeveralTabsAndDevicesAtOnceOpensInEach() throws Exception {
        String email = Agora.unique("tabs") + "@engagement.test";
        AgoraClient newcomer = TestAccounts.member("Tabby " + Agora.unique("Member"), email);
        // signed in on several devices too: each its own session
        List<AgoraClient> sessions = new ArrayList<>(List.of(newcomer, newcomer));
        for (int i = 0; i < COLLEAGUES - 2; i++) {
            AgoraClient device = new AgoraClient();
            assertThat(device.signIn(email, TestAccounts.PASSWORD).status()).isEqualTo(303);
            sessions.add(device);
        }
        List<Page> tabs = allAtOnce(sessions, c -> c.get("/"));
        assertThat(tabs).extracting(Page::status).as(tabs.toString()).containsOnly(200);
        assertThat(newcomer.get("/").titled("Feed").select("form.composer")).hasSize(1);
    }

    @Test
    void everyCommentAndReactionSentAtOnceIsKeptAndCounted() throws Exception {
        AgoraClient author = TestAccounts.admin();
        String text = Agora.unique("popular");
        assertThat(author.get("/").status()).isEqualTo(200);
        assertThat(author.post("/posts", Map.of("text", text)).status()).isEqualTo(303);
        long post = Posts.postId(author.get("/").body(), text);
        List<AgoraClient> colleagues = colleagues();
        for (AgoraClient c : colleagues) {
            assertThat(c.get("/posts/" + post).status()).isEqualTo(200);
        }

        List<Page> comments = allAtOnce(colleagues,
                c -> c.post("/posts/" + post + "/comments", Map.of("text", "Me too, " + c.csrf().substring(0, 6))));
        assertThat(comments).extracting(Page::status).as(comments.toString()).containsOnly(303);
        List<Page> likes = allAtOnce(colleagues,
                c -> c.post("/posts/" + post + "/reactions", Map.of("kind", "LIKE", "mine", "")));
        assertThat(likes).extracting(Page::status).as(likes.toString()).containsOnly(303);

        Document page = Jsoup.parse(author.get("/posts/" + post).body());
        assertThat(page.select("div.comment[id^=comment-]")).hasSize(COLLEAGUES);
        assertThat(page.select("form[action=/posts/" + post + "/reactions] button[value=LIKE] .reaction-count")
                .eachText()).containsExactly(Integer.toString(COLLEAGUES));
    }
}
