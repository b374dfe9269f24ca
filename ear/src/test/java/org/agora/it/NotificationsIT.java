package org.agora.it;

import static org.agora.it.support.Posts.comment;
import static org.agora.it.support.Posts.postId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Alone;
import org.agora.it.support.LiveEvents;
import org.agora.it.support.Page;
import org.agora.it.support.Posts;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * Notifications grouped by item and kind, each a plain link that opens the item and marks its line read; and the
 * live stream ({@code GET /live}): a colleague's comment reaches the author's open page, a reconnect resumes from the
 * last event id, and nothing of a private space reaches a non-member.
 */
@AgoraTest
// alone: its live streams count the company feed's new posts, to which other classes' posts would add
@Alone
class NotificationsIT {

    private static final Duration SOON = Duration.ofSeconds(20);

    private record Member(AgoraClient client, String name, String handle) {
        static Member create(String first) {
            String handle = Agora.unique(first.toLowerCase());
            String name = first + " " + handle;
            return new Member(TestAccounts.member(name, handle + "@notify.test"), name, handle);
        }
    }

    private static long publish(AgoraClient client, String path, String text) {
        // found by the text's last word, as a mention in it is drawn as a link or an escaped @
        return Posts.publish(client, path.equals("/posts") ? null : path.replace("/posts", ""), text,
                text.substring(text.lastIndexOf(' ') + 1));
    }

    /** @return the number on the header's bell, or "none" when it shows none */
    private static String unreadBadge(AgoraClient client) {
        Page feed = client.get("/").titled("Feed");
        return feed.select("a.bell .unread-count").isEmpty() ? "none" : feed.text("a.bell .unread-count");
    }

    /** @return the lines of the person's notifications, newest first */
    private static Elements lines(AgoraClient person) {
        return person.get("/notifications").titled("Notifications").select("li.notification");
    }

    private static void react(AgoraClient client, long postId) {
        client.get("/posts/" + postId);
        assertThat(client.post("/posts/" + postId + "/reactions", Map.of("kind", "LIKE")).status()).isEqualTo(303);
    }

    @Test
    void reactionsOfSeveralPeopleAreOneLineThatOpensThePostAndIsThenRead() {
        Member ada = Member.create("Ada");
        Member bob = Member.create("Bob");
        Member cy = Member.create("Cy");
        Member dan = Member.create("Dan");
        String word = Agora.unique("grouped");
        long post = publish(ada.client(), "/posts", "Quarterly figures are out " + word);
        react(bob.client(), post);
        react(cy.client(), post);
        react(dan.client(), post);

        Elements list = lines(ada.client());
        assertThat(list.select(".notification-link").eachText()).as("one line")
                .filteredOn(text -> text.contains("reacted to your post"))
                .containsExactly(dan.name() + " and 2 others reacted to your post");
        Element line = list.stream().filter(li -> li.text().contains("reacted to your post")).findFirst()
                .orElseThrow();
        assertThat(line.hasClass("unread")).isTrue();
        assertThat(line.select(".notification-snippet").text()).isEqualTo("Quarterly figures are out " + word);
        Element initials = line.selectFirst("span.avatar");
        assertThat(initials).as("the latest actor's initials in place of a photo").isNotNull();
        assertThat(initials.text()).isEqualTo("DD");
        assertThat(initials.attr("aria-hidden")).isEqualTo("true");
        assertThat(unreadBadge(ada.client())).isEqualTo("1");
        assertThat(ada.client().acceptLanguage("fr").get("/notifications").ok().text(".notification-link"))
                .contains(dan.name() + " et 2 autres personnes ont réagi à votre publication");
        ada.client().acceptLanguage("en");

        String link = line.selectFirst("a.notification-link").attr("href");
        assertThat(link).matches("/notifications/\\d+");
        assertThat(bob.client().get(link).status()).as("someone else's").isEqualTo(404);
        Page opened = ada.client().get(link);
        assertThat(opened.status()).isEqualTo(303);
        assertThat(opened.location()).isEqualTo("/posts/" + post);
        assertThat(unreadBadge(ada.client())).as("the whole line is read").isEqualTo("none");
        assertThat(lines(ada.client()).first().hasClass("read")).isTrue();

        react(bob.client(), post);
        assertThat(unreadBadge(ada.client())).as("taking back and giving again notifies no one").isEqualTo("none");
        Member eve = Member.create("Eve");
        react(eve.client(), post);
        assertThat(unreadBadge(ada.client())).isEqualTo("1");
        Element again = lines(ada.client()).first();
        assertThat(again.select(".notification-link").text())
                .isEqualTo(eve.name() + " and 3 others reacted to your post");
        Element markRead = again.selectFirst("form.mark-read");
        assertThat(markRead).as("a line is marked read without opening it").isNotNull();
        assertThat(markRead.attr("action")).matches("/notifications/\\d+/read");
        assertThat(ada.client().post(markRead.attr("action"), Map.of()).location()).isEqualTo("/notifications");
        assertThat(unreadBadge(ada.client())).isEqualTo("none");
    }

    @Test
    void aColleaguesCommentReachesTheAuthorsOpenStreamAndAReconnectResumes() {
        Member ada = Member.create("Ada");
        Member bob = Member.create("Bob");
        String word = Agora.unique("live");
        long post = publish(ada.client(), "/posts", "Live post " + word);

        String lastId;
        try (LiveEvents stream = LiveEvents.open(ada.client(), "/live?post=" + post + "&comment=0", null)) {
            assertThat(stream.await("unread", d -> d.contains("\"count\":0"), SOON)).as("the bell first").isPresent();
            comment(bob.client(), post, "First comment " + word);

            Optional<LiveEvents.Event> told = stream.await("notification",
                    d -> d.contains(bob.name() + " commented on your post"), SOON);
            assertThat(told).as(stream.all().toString()).isPresent();
            assertThat(told.get().data()).contains("First comment " + word).contains("/notifications/");
            assertThat(stream.await("unread", d -> d.contains("\"count\":1"), SOON)).isPresent();
            assertThat(stream.await("comments", d -> d.contains("\"count\":1"), SOON)).isPresent();
            lastId = stream.all().getLast().id();
        }

        // while the page is away, a second comment; the reconnect with the last event id brings it
        comment(bob.client(), post, "Second comment " + word);
        try (LiveEvents resumed = LiveEvents.open(ada.client(), "/live?post=" + post + "&comment=0", lastId)) {
            Optional<LiveEvents.Event> told = resumed.await("notification",
                    d -> d.contains("Second comment " + word), SOON);
            assertThat(told).as(resumed.all().toString()).isPresent();
            assertThat(resumed.await("comments", d -> d.contains("\"count\":2"), SOON)).isPresent();
        }
    }

    @Test
    void nothingOfAPrivateSpaceReachesANonMembersStream() {
        AgoraClient admin = TestAccounts.admin();
        Member owner = Member.create("Olga");
        Member outsider = Member.create("Oscar");
        Member insider = Member.create("Mona");
        String word = Agora.unique("hush");
        String space = Spaces.create(owner.client(), "Board " + word, "PRIVATE");
        owner.client().get(space + "/members");
        assertThat(owner.client().post(space + "/members/invite", Map.of("email", insider.handle() + "@notify.test"))
                .status())
                .isEqualTo(303);
        insider.client().get(space);
        assertThat(insider.client().post(space + "/join", Map.of()).status()).isEqualTo(303);
        long marker = publish(admin, "/posts", "Marker " + word);
        long secret = publish(owner.client(), space + "/posts", "Secret plan @" + outsider.handle() + " " + word);

        try (LiveEvents feed = LiveEvents.open(outsider.client(), "/live?feed=" + marker, null);
             LiveEvents onSecret = LiveEvents.open(outsider.client(), "/live?post=" + secret + "&comment=0", null);
             LiveEvents member = LiveEvents.open(insider.client(), "/live?feed=" + marker, null)) {
            comment(owner.client(), secret, "Secret comment " + word);
            assertThat(member.await("posts", d -> d.contains("\"count\":1"), SOON))
                    .as(() -> "members hear of it: " + member.all()).isPresent();

            publish(admin, "/posts", "Open news " + word);
            assertThat(feed.await("posts", d -> true, SOON)).as(feed.all().toString()).get()
                    .extracting(LiveEvents.Event::data).asString().contains("\"count\":1");
            assertThat(onSecret.await("comments", d -> true, Duration.ofSeconds(5))).isEmpty();
            assertThat(feed.all()).noneMatch(e -> e.data().contains(word) || e.name().equals("notification")
                    || e.data().contains("\"count\":2"));
            assertThat(onSecret.all()).noneMatch(e -> e.data().contains(word) || e.name().equals("notification"));
        }

        // rights are checked when an event is sent: a member removed while the page is open hears no more
        try (LiveEvents insiders = LiveEvents.open(insider.client(), "/live?post=" + secret + "&comment=0", null)) {
            assertThat(insiders.await("comments", d -> d.contains("\"count\":1"), SOON)).as("a member hears")
                    .isPresent();
            String remove = owner.client().get(space + "/members").ok()
                    .one("tr[data-person]:contains(" + insider.name() + ") form[action$=/remove]").attr("action");
            assertThat(owner.client().post(remove, Map.of()).status()).isEqualTo(303);
            comment(owner.client(), secret, "After the removal " + word);
            assertThat(insiders.await("comments", d -> true, Duration.ofSeconds(6))).as(insiders.all().toString())
                    .isEmpty();
        }
    }

    @Test
    void aMutedPostOrSpaceNotifiesNoMoreUntilUnmuted() {
        Member ada = Member.create("Ada");
        Member bob = Member.create("Bob");
        String word = Agora.unique("mute");
        String space = Spaces.create(ada.client(), "Chatty " + word, "PUBLIC");
        bob.client().get(space);
        assertThat(bob.client().post(space + "/join", Map.of()).status()).isEqualTo(303);
        long post = publish(ada.client(), space + "/posts", "Busy thread " + word);

        assertThat(ada.client().get("/posts/" + post).titled("Post").text("button.mute-post"))
                .isEqualTo("Mute notifications");
        assertThat(ada.client().post("/mutes/posts/" + post, Map.of("muted", "true")).location())
                .isEqualTo("/posts/" + post);
        assertThat(ada.client().get("/posts/" + post).titled("Post").text("button.mute-post"))
                .isEqualTo("Unmute notifications");
        comment(bob.client(), post, "Noise " + word);
        react(bob.client(), post);
        assertThat(unreadBadge(ada.client())).as("muted post").isEqualTo("none");

        ada.client().get("/posts/" + post);
        assertThat(ada.client().post("/mutes/posts/" + post, Map.of("muted", "false")).status()).isEqualTo(303);
        comment(bob.client(), post, "Signal " + word);
        assertThat(unreadBadge(ada.client())).isEqualTo("1");
        ada.client().get("/notifications");
        assertThat(ada.client().post("/notifications/read", Map.of()).status()).isEqualTo(303);

        String mute = ada.client().get(space).titled("Chatty " + word).one("form[action^=/mutes/spaces/]")
                .attr("action");
        assertThat(mute).matches("/mutes/spaces/\\d+");
        assertThat(ada.client().post(mute, Map.of("muted", "true", "back", space)).location())
                .isEqualTo(space);
        long other = publish(ada.client(), space + "/posts", "Another " + word);
        comment(bob.client(), other, "More noise " + word);
        comment(bob.client(), post, "Even more noise " + word);
        assertThat(unreadBadge(ada.client())).as("muted space").isEqualTo("none");
        long companyWide = publish(ada.client(), "/posts", "Company " + word);
        comment(bob.client(), companyWide, "Elsewhere " + word);
        assertThat(unreadBadge(ada.client())).as("other posts still notify").isEqualTo("1");

        Member stranger = Member.create("Sam");
        String secret = Spaces.create(stranger.client(), "Closed " + word, "PRIVATE");
        long secretPost = publish(stranger.client(), secret + "/posts", "Closed post " + word);
        ada.client().get("/");
        assertThat(ada.client().post("/mutes/posts/" + secretPost, Map.of("muted", "true")).status())
                .as("a post one may not read").isEqualTo(404);
    }

    @Test
    void aStrangerHasNoStream() {
        assertThat(new AgoraClient().openStream("/live").statusCode()).isIn(302, 303, 401, 403);
    }
}
