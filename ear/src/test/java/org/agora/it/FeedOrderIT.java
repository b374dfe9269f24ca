package org.agora.it;

import static org.agora.it.support.Posts.comment;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Alone;
import org.agora.it.support.Page;
import org.agora.it.support.Posts;
import org.agora.it.support.Privacy;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The home feed's orders "latest" and "top", their paging, and the marker of what is new since the last visit. */
@AgoraTest
@Alone
class FeedOrderIT {

    private static long publish(AgoraClient client, String space, String text) {
        return Posts.publish(client, space, text);
    }

    /** @return the ids of the post cards of a feed, in the order shown */
    private static List<Long> posts(Page page) {
        return page.ok().select("article.post[id^=post-]").stream()
                .map(card -> Long.parseLong(card.id().substring("post-".length()))).toList();
    }

    @Test
    void topPutsTheLivelyPostAboveANewerQuietOne() {
        String id = Agora.unique("o");
        AgoraClient ana = TestAccounts.member("Ana Order", "ana-" + id + "@agora.test");
        AgoraClient ben = TestAccounts.member("Ben Order", "ben-" + id + "@agora.test");
        ana.get("/spaces");
        String space = Spaces.create(ana, "Order " + id, "PUBLIC");
        ben.get(space);
        assertThat(ben.post(space + "/join", Map.of()).status()).isEqualTo(303);
        long lively = publish(ana, space, "Lively " + id);
        for (int i = 0; i < 3; i++) {
            ben.get("/posts/" + lively);
            assertThat(ben.post("/posts/" + lively + "/comments", Map.of("text", "Reply " + i)).status())
                    .isEqualTo(303);
        }
        ben.get("/posts/" + lively);
        assertThat(ben.post("/posts/" + lively + "/reactions", Map.of("kind", "LIKE")).status()).isEqualTo(303);
        long quiet = publish(ana, space, "Quiet " + id);

        List<Long> latest = posts(ana.get("/"));
        assertThat(latest.indexOf(quiet)).isNotNegative().isLessThan(latest.indexOf(lively));
        Page top = ana.get("/?order=top").titled("Feed");
        assertThat(top.text("a.nav-link[aria-current=page]")).as("the tab marked as the page shown").isEqualTo("Top");
        List<Long> ranked = posts(top);
        assertThat(ranked.indexOf(lively)).isNotNegative().isLessThan(ranked.indexOf(quiet));
    }

    /**
     * The order "top" ranks by the counts each post keeps: once every comment and reaction is gone again (taken
     * back, deleted with its replies, erased with its author), the older post no longer outranks the newer quiet one.
     * A count that drifted from the rows would keep it above.
     */
    @Test
    void topForgetsCommentsAndReactionsThatAreGone() {
        String id = Agora.unique("g");
        AgoraClient ana = TestAccounts.member("Ana Gone", "ana-" + id + "@agora.test");
        AgoraClient ben = TestAccounts.member("Ben Gone", "ben-" + id + "@agora.test");
        String cleoEmail = "cleo-" + id + "@agora.test";
        AgoraClient cleo = TestAccounts.member("Cleo Gone", cleoEmail);
        ana.get("/spaces");
        String space = Spaces.create(ana, "Gone " + id, "PUBLIC");
        for (AgoraClient member : List.of(ben, cleo)) {
            member.get(space);
            assertThat(member.post(space + "/join", Map.of()).status()).isEqualTo(303);
        }
        long talked = publish(ana, space, "Talked about " + id);
        long quiet = publish(ana, space, "Quiet " + id);
        long first = comment(cleo, talked, "First " + id, null);
        comment(ben, talked, "Reply " + id, first);
        for (AgoraClient member : List.of(ben, cleo)) {
            member.get("/posts/" + talked);
            assertThat(member.post("/posts/" + talked + "/reactions", Map.of("kind", "LIKE")).status())
                    .isEqualTo(303);
        }
        assertThat(rank(ana, talked, quiet)).as("comments and reactions lift the older post").isLessThan(0);

        ben.get("/posts/" + talked);
        assertThat(ben.post("/posts/" + talked + "/reactions", Map.of("kind", "LIKE")).status())
                .isEqualTo(303); // the same kind again takes it back
        cleo.get("/posts/" + talked);
        assertThat(cleo.post("/comments/" + first + "/delete", Map.of()).status()).isEqualTo(303);
        assertThat(rank(ana, talked, quiet)).as("Cleo's reaction is still there").isLessThan(0);

        AgoraClient admin = TestAccounts.admin();
        Privacy.erase(admin, Privacy.personId(admin, cleoEmail));
        assertThat(rank(ana, talked, quiet)).as("nothing is left on the older post").isGreaterThan(0);
    }

    /** @return negative when the order "top" shows {@code a} above {@code b}, positive when below */
    private static int rank(AgoraClient reader, long a, long b) {
        List<Long> ranked = posts(reader.get("/?order=top"));
        assertThat(ranked).contains(a, b);
        return Integer.compare(ranked.indexOf(a), ranked.indexOf(b));
    }

    @Test
    void topPagesDoNotDriftWhenNewPostsArrive() {
        String id = Agora.unique("p");
        AgoraClient cleo = TestAccounts.member("Cleo Pages", "cleo-" + id + "@agora.test");
        cleo.get("/spaces");
        String space = Spaces.create(cleo, "Pages " + id, "PRIVATE");
        for (int i = 0; i < 23; i++) {
            publish(cleo, space, "Page post " + i + " " + id);
        }
        Page first = cleo.get("/?order=top");
        List<Long> seen = new ArrayList<>(posts(first));
        assertThat(seen).hasSize(20);
        long arrived = publish(cleo, space, "Arrived meanwhile " + id);

        Set<Long> all = new HashSet<>(seen);
        Page page = first;
        for (int i = 0; i < 30; i++) {
            Element more = page.html().selectFirst("a.more-top");
            if (more == null) {
                break;
            }
            page = cleo.get(more.attr("href"));
            assertThat(page.status()).isEqualTo(200);
            List<Long> ids = posts(page);
            assertThat(ids).as("no post twice").doesNotContainAnyElementsOf(all);
            all.addAll(ids);
        }
        assertThat(all).as("the new post waits for the next first page").doesNotContain(arrived);
        assertThat(posts(cleo.get("/?order=top"))).contains(arrived);
        assertThat(cleo.get("/?order=top&from=nonsense").status()).as("a broken cursor is the first page")
                .isEqualTo(200);
    }

    @Test
    void postsWrittenSinceTheLastVisitAreMarked() {
        String id = Agora.unique("n");
        AgoraClient dora = TestAccounts.member("Dora Visit", "dora-" + id + "@agora.test");
        AgoraClient eli = TestAccounts.member("Eli Visit", "eli-" + id + "@agora.test");
        dora.get("/spaces");
        String space = Spaces.create(dora, "Visits " + id, "PRIVATE");
        dora.get(space + "/members");
        assertThat(dora.post(space + "/members/invite", Map.of("email", "eli-" + id + "@agora.test")).status())
                .isEqualTo(303);
        eli.get(space);
        assertThat(eli.post(space + "/join", Map.of()).status()).isEqualTo(303);
        long before = publish(dora, space, "Before the visit " + id);

        Page firstVisit = eli.get("/").titled("Feed");
        assertThat(firstVisit.select("#post-" + before)).hasSize(1);
        assertThat(firstVisit.select(".new-divider")).as("everything is new on a first visit").isEmpty();
        long after = publish(dora, space, "After the visit " + id);

        Page next = eli.get("/").titled("Feed");
        Element divider = next.one(".new-divider");
        assertThat(divider.text()).isEqualTo("New since your last visit");
        // the cards and the divider in the order shown
        List<String> order = next.select("article.post, .new-divider").stream()
                .map(e -> e.hasClass("new-divider") ? "divider" : e.id()).toList();
        assertThat(order).containsSubsequence("post-" + after, "divider", "post-" + before);
        assertThat(next.select("#post-" + after + " .new-badge")).as("the new post is marked").isNotEmpty();
        assertThat(next.select("#post-" + before + " .new-badge")).isEmpty();
        Page again = eli.acceptLanguage("fr").get("/").titled("Fil");
        assertThat(again.text()).contains("À la une");
        assertThat(again.select("#post-" + after)).hasSize(1);
        assertThat(again.select(".new-divider")).as("nothing new since the visit just before").isEmpty();
        assertThat(again.body()).doesNotContain("Nouveau depuis votre dernière visite");
    }
}
