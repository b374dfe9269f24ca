package org.agora.it;

import static org.agora.it.support.Posts.postId;
import static org.agora.it.support.Posts.comment;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.Posts;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Comments with replies, reactions and bookmarks on posts, and that private spaces never leak through them. */
@AgoraTest
class CommentsReactionsIT {

    private static AgoraClient member(String name) {
        String word = Agora.unique(name.toLowerCase());
        return TestAccounts.member(name + " " + word, word + "@comments.test");
    }

    /** Posts on the company feed and returns the new post's id. */
    private static long post(AgoraClient client, String text) {
        return Posts.publish(client, null, text);
    }

    /** @return the count shown on the reaction button of the item, and whether it is the reader's own */
    private static String reaction(Page page, String base, String kind) {
        Element button = page.one("form[action=" + base + "/reactions] button[name=kind][value=" + kind + "]");
        Element count = button.selectFirst(".reaction-count");
        return (count == null ? "0" : count.text()) + (button.hasClass("mine") ? " mine" : "");
    }

    @Test
    void commentsAndRepliesAppearUnderThePostAndInTheFeed() {
        AgoraClient ada = member("Ada");
        String word = Agora.unique("discuss");
        long postId = post(ada, word);
        long first = comment(ada, postId, "**first** " + word, null);
        long reply = comment(ada, postId, "reply-" + word, first);
        long replyToReply = comment(ada, postId, "deeper-" + word, reply);
        for (int i = 1; i <= 3; i++) {
            comment(ada, postId, "later-" + i + "-" + word, null);
        }
        Page page = ada.get("/posts/" + postId).titled("Post");
        assertThat(page.text("#comment-" + first + " > div > div > .comment-text strong")).isEqualTo("first");
        assertThat(page.text("#comment-" + first + " > div > div > .comment-text")).isEqualTo("first " + word);
        // both replies are indented under the first comment, the reply to a reply at the same depth
        assertThat(page.select("#comment-" + first + " > div > div > .replies > .comment").eachAttr("id"))
                .containsExactly("comment-" + reply, "comment-" + replyToReply);
        assertThat(page.select(".replies .replies")).as("replies never nest deeper").isEmpty();
        assertThat(page.select("#comments .comment-text").eachText()).containsSubsequence(
                "first " + word, "reply-" + word, "deeper-" + word, "later-1-" + word, "later-3-" + word);

        Page feed = ada.get("/").titled("Feed");
        Element card = feed.one("#post-" + postId);
        assertThat(card.select(".comment-text").eachText()).contains("later-3-" + word);
        assertThat(card.select("a.all-comments").text()).isEqualTo("View all 6 comments");
        assertThat(card.text()).as("Markdown is rendered in the feed too").doesNotContain("**first**");
    }

    @Test
    void emptyAndOverLongCommentsAreRefusedAndTheTextIsKept() {
        AgoraClient admin = TestAccounts.admin();
        long postId = post(admin, Agora.unique("refuse"));
        admin.get("/posts/" + postId);
        Page empty = admin.post("/posts/" + postId + "/comments", Map.of("text", "  "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("Write something before commenting.");
        String tooLong = Agora.unique("long") + " " + "y".repeat(5100);
        Page refused = admin.post("/posts/" + postId + "/comments", Map.of("text", tooLong));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("at most 5,000 characters").contains(tooLong);
        Page post = admin.get("/posts/" + postId).titled("Post");
        assertThat(post.select(".comment")).isEmpty();
        assertThat(post.text()).doesNotContain(tooLong.substring(0, 20)).contains("0 comments");
    }

    @Test
    void oneReactionPerPersonThatSwitchesAndIsTakenBack() {
        AgoraClient ada = member("Ada");
        AgoraClient admin = TestAccounts.admin();
        String word = Agora.unique("react");
        long postId = post(ada, word);
        String base = "/posts/" + postId;
        ada.get(base);
        assertThat(ada.post(base + "/reactions", Map.of("kind", "LIKE")).status()).isEqualTo(303);
        Page page = ada.get(base);
        assertThat(reaction(page, base, "LIKE")).isEqualTo("1 mine");

        assertThat(ada.post(base + "/reactions", Map.of("kind", "RECOMMEND")).status()).isEqualTo(303);
        page = ada.get(base);
        assertThat(reaction(page, base, "LIKE")).isEqualTo("0");
        assertThat(reaction(page, base, "RECOMMEND")).isEqualTo("1 mine");

        admin.get(base);
        assertThat(admin.post(base + "/reactions", Map.of("kind", "RECOMMEND")).status()).isEqualTo(303);
        assertThat(reaction(ada.get(base), base, "RECOMMEND")).isEqualTo("2 mine");
        assertThat(ada.get(base + "/reactions").body()).contains(TestAccounts.ADMIN_NAME).contains("Recommend");

        ada.get(base);
        assertThat(ada.post(base + "/reactions", Map.of("kind", "RECOMMEND")).status()).isEqualTo(303);
        page = ada.get(base);
        assertThat(reaction(page, base, "RECOMMEND")).isEqualTo("1");
        assertThat(reaction(page, base, "LIKE")).isEqualTo("0");

        long commentId = comment(ada, postId, "react-to-me " + word, null);
        admin.get(base);
        assertThat(admin.post("/comments/" + commentId + "/reactions", Map.of("kind", "INTERESTED")).status())
                .isEqualTo(303);
        assertThat(reaction(admin.get(base), "/comments/" + commentId, "INTERESTED")).isEqualTo("1 mine");
        assertThat(admin.post(base + "/reactions", Map.of("kind", "LOVE")).status()).isEqualTo(400);
    }

    @Test
    void aBookmarkedPostAppearsInSaved() {
        AgoraClient ada = member("Ada");
        String word = Agora.unique("keep");
        long postId = post(ada, word);
        Page before = ada.get("/saved").titled("Saved");
        assertThat(before.select("article.post")).isEmpty();
        assertThat(before.body()).doesNotContain(word);
        ada.get("/");
        assertThat(ada.post("/posts/" + postId + "/bookmark", Map.of("back", "/")).location()).isEqualTo("/");
        Page saved = ada.get("/saved").titled("Saved");
        assertThat(saved.text("#post-" + postId + " > .card-body > .rich-text")).isEqualTo(word);
        assertThat(saved.text("#post-" + postId + " button.bookmark")).isEqualTo("Saved");
        Page unsaved = ada.post("/posts/" + postId + "/bookmark", Map.of("back", "//evil.example/"));
        assertThat(unsaved.status()).isEqualTo(303);
        assertThat(unsaved.location()).as("never to another site").doesNotContain("evil.example");
        Page after = ada.get("/saved").titled("Saved");
        assertThat(after.select("#post-" + postId)).isEmpty();
        assertThat(after.body()).doesNotContain(word);
    }

    @Test
    void authorsEditAndDeleteOthersAreRefusedAdminsMayDelete() {
        AgoraClient ada = member("Ada");
        AgoraClient bob = member("Bob");
        AgoraClient admin = TestAccounts.admin();
        String word = Agora.unique("edit");
        long postId = post(ada, word);
        long mine = comment(ada, postId, "tpyo " + word, null);
        ada.get("/posts/" + postId);
        assertThat(ada.post("/comments/" + mine + "/edit", Map.of("text", "typo fixed " + word,
                "post", String.valueOf(postId))).status()).isEqualTo(303);
        Page page = ada.get("/posts/" + postId).titled("Post");
        assertThat(page.text("#comment-" + mine + " .comment-text")).isEqualTo("typo fixed " + word);
        assertThat(page.text("#comment-" + mine + " .edited")).isEqualTo("· edited");
        assertThat(page.body()).doesNotContain("tpyo");

        bob.get("/posts/" + postId);
        assertThat(bob.post("/comments/" + mine + "/edit", Map.of("text", "hijack", "post",
                String.valueOf(postId))).status()).isEqualTo(403);
        assertThat(bob.post("/comments/" + mine + "/delete", Map.of()).status()).isEqualTo(403);
        long reply = comment(bob, postId, "bob-reply " + word, mine);

        assertThat(ada.post("/comments/" + mine + "/delete", Map.of()).status()).isEqualTo(303);
        Page afterDelete = ada.get("/posts/" + postId).titled("Post");
        assertThat(afterDelete.select("#post-" + postId)).hasSize(1);
        assertThat(afterDelete.select(".comment")).isEmpty();
        assertThat(afterDelete.body()).doesNotContain("typo fixed " + word).doesNotContain("bob-reply " + word);
        assertThat(ada.get("/comments/" + reply + "/reactions").status()).isEqualTo(404);

        long bobs = comment(bob, postId, "bob-again " + word, null);
        admin.get("/posts/" + postId);
        assertThat(admin.post("/comments/" + bobs + "/delete", Map.of()).status()).isEqualTo(303);
        Page bobsView = bob.get("/posts/" + postId).titled("Post");
        assertThat(bobsView.select("#post-" + postId)).hasSize(1);
        assertThat(bobsView.body()).doesNotContain("bob-again " + word);
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        AgoraClient admin = TestAccounts.admin();
        String word = Agora.unique("forged");
        long postId = post(admin, word);
        assertThat(admin.postRaw("/posts/" + postId + "/comments", Map.of("text", "forged " + word)).status())
                .isEqualTo(403);
        assertThat(admin.postRaw("/posts/" + postId + "/reactions", Map.of("kind", "LIKE")).status()).isEqualTo(403);
        assertThat(admin.postRaw("/posts/" + postId + "/bookmark", Map.of()).status()).isEqualTo(403);
        Page post = admin.get("/posts/" + postId).titled("Post");
        assertThat(post.text("#post-" + postId + " > .card-body > .rich-text")).isEqualTo(word);
        assertThat(post.body()).doesNotContain("forged " + word);
    }

    @Test
    void aPrivateSpaceLeaksNoCommentsReactionsOrBookmarks() {
        AgoraClient owner = member("Olga");
        String ivan = Agora.unique("ivan");
        String email = ivan + "@comments.test";
        AgoraClient insider = TestAccounts.member("Ivan " + ivan, email);
        AgoraClient outsider = member("Otto");
        String word = Agora.unique("secretive");
        String space = Spaces.create(owner, "Space " + word, "PRIVATE");

        // the insider is invited by e-mail and joins
        owner.get(space + "/members");
        assertThat(owner.post(space + "/members/invite", Map.of("email", email)).status()).isEqualTo(303);
        insider.get(space);
        assertThat(insider.post(space + "/join", Map.of()).status()).isEqualTo(303);

        insider.get(space);
        assertThat(insider.post(space + "/posts", Map.of("text", "inside " + word)).status()).isEqualTo(303);
        long postId = postId(insider.get(space).body(), "inside " + word);
        long commentId = comment(insider, postId, "hush " + word, null);
        insider.get("/posts/" + postId);
        assertThat(insider.post("/posts/" + postId + "/reactions", Map.of("kind", "LIKE")).status()).isEqualTo(303);
        assertThat(insider.post("/posts/" + postId + "/bookmark", Map.of()).status()).isEqualTo(303);
        assertThat(insider.get("/saved").titled("Saved").text("#post-" + postId)).contains("inside " + word);
        assertThat(insider.get("/").titled("Feed").text("#post-" + postId)).contains("hush " + word);

        outsider.get("/");
        assertThat(outsider.post("/posts/" + postId + "/comments", Map.of("text", "let me in")).status())
                .isEqualTo(404);
        assertThat(outsider.post("/posts/" + postId + "/comments", Map.of("text", " ")).status()).isEqualTo(404);
        assertThat(outsider.post("/posts/" + postId + "/reactions", Map.of("kind", "LIKE")).status()).isEqualTo(404);
        assertThat(outsider.post("/comments/" + commentId + "/reactions", Map.of("kind", "LIKE")).status())
                .isEqualTo(404);
        assertThat(outsider.post("/posts/" + postId + "/bookmark", Map.of()).status()).isEqualTo(404);
        assertThat(outsider.post("/comments/" + commentId + "/edit", Map.of("text", "x", "post", "0")).status())
                .isEqualTo(404);
        assertThat(outsider.post("/comments/" + commentId + "/delete", Map.of()).status()).isEqualTo(404);
        Page who = outsider.get("/posts/" + postId + "/reactions");
        assertThat(who.status()).isEqualTo(404);
        assertThat(who.body()).doesNotContain("Ivan");
        assertThat(outsider.get("/comments/" + commentId + "/reactions").status()).isEqualTo(404);
        assertThat(outsider.get("/posts/" + postId).status()).isEqualTo(404);
        assertThat(outsider.get("/").titled("Feed").body()).doesNotContain("hush " + word)
                .doesNotContain("inside " + word);
        assertThat(outsider.get("/saved").titled("Saved").body()).doesNotContain("inside " + word);
        Page closed = outsider.get(space).titled("Space " + word);
        assertThat(closed.select(".private-notice")).as("a private space shows outsiders a notice").hasSize(1);
        assertThat(closed.select("article.post")).isEmpty();
        assertThat(closed.body()).doesNotContain("hush " + word);

        insider.get(space);
        assertThat(insider.post(space + "/leave", Map.of()).status()).isEqualTo(303);
        assertThat(insider.get("/saved").titled("Saved").body()).doesNotContain("inside " + word);
    }

    @Test
    void inAnArchivedSpaceModeratorsStillDeleteCommentsAndNothingElseChanges() {
        AgoraClient owner = member("Olive");
        AgoraClient writer = member("Walt");
        owner.get("/spaces");
        String word = Agora.unique("archive");
        String space = Spaces.create(owner, "Archive " + word, "PUBLIC");
        writer.get(space);
        assertThat(writer.post(space + "/join", Map.of()).status()).isEqualTo(303);
        owner.get(space);
        assertThat(owner.post(space + "/posts", Map.of("text", "Post " + word)).status()).isEqualTo(303);
        long postId = postId(owner.get(space).body(), "Post " + word);
        long rude = comment(writer, postId, "rude " + word, null);
        long kept = comment(writer, postId, "kept " + word, null);
        owner.get(space);
        assertThat(owner.post(space + "/archive", Map.of("archived", "true")).status()).isEqualTo(303);

        Page asWriter = writer.get("/posts/" + postId).titled("Post");
        assertThat(asWriter.text("#comment-" + kept + " .comment-text")).isEqualTo("kept " + word);
        assertThat(asWriter.select("form[action=/comments/" + kept + "/delete]"))
                .as("the author sees no delete button in a read-only space").isEmpty();
        Page refused = writer.post("/comments/" + kept + "/delete", Map.of());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("archived");
        assertThat(writer.post("/posts/" + postId + "/comments", Map.of("text", "late " + word)).status())
                .isEqualTo(403);

        Page asOwner = owner.get("/posts/" + postId).titled("Post");
        assertThat(asOwner.select("form[action=/comments/" + rude + "/delete] button.delete-comment")).hasSize(1);
        assertThat(owner.post("/comments/" + rude + "/delete", Map.of()).status()).isEqualTo(303);
        assertThat(owner.get("/posts/" + postId).titled("Post").select(".comment .comment-text").eachText())
                .containsExactly("kept " + word);
    }

    /** @return what the person's notifications say, read from the notifications page */
    private static String notifications(AgoraClient person) {
        return person.get("/notifications").titled("Notifications").text(".notification-link, .notification-snippet");
    }

    private static long count(String page, String text) {
        return page.split(Pattern.quote(text), -1).length - 1;
    }

    @Test
    void commentsRepliesAndReactionsNotifyTheAuthorsWhoMayReadThePost() {
        AgoraClient ada = member("Ada");
        AgoraClient bob = member("Bob");
        AgoraClient cy = member("Cy");
        String word = Agora.unique("notify");
        ada.get("/spaces");
        String space = Spaces.create(ada, "Notify " + word, "PUBLIC");
        for (AgoraClient member : new AgoraClient[] {bob, cy}) {
            member.get(space);
            assertThat(member.post(space + "/join", Map.of()).status()).isEqualTo(303);
        }
        ada.get(space);
        assertThat(ada.post(space + "/posts", Map.of("text", "Post " + word)).status()).isEqualTo(303);
        long postId = postId(ada.get(space).body(), "Post " + word);

        long bobs = comment(bob, postId, "Bob says " + word, null);
        comment(cy, postId, "Cy says " + word, null);
        comment(ada, postId, "Ada answers " + word, bobs);
        bob.get("/posts/" + postId);
        for (int i = 0; i < 3; i++) {
            assertThat(bob.post("/posts/" + postId + "/reactions", Map.of("kind", "LIKE")).status()).isEqualTo(303);
        }

        String adas = notifications(ada);
        assertThat(count(adas, "commented on your post")).as("one line for both comments").isEqualTo(1);
        assertThat(adas).contains("Cy").contains(" and one other commented on your post").contains("Cy says " + word);
        assertThat(count(adas, "reacted to your post")).as("once, however often taken back and given").isEqualTo(1);
        assertThat(adas).doesNotContain("replied to your comment");
        Page bobsList = bob.get("/notifications").titled("Notifications");
        assertThat(count(bobsList.text(".notification-link"), "replied to your comment")).isEqualTo(1);
        assertThat(bobsList.text(".notification-list")).doesNotContain("commented on your post");
        assertThat(notifications(cy)).doesNotContain("replied to your comment")
                .doesNotContain("commented on your post");

        Page opened = bob.get(bobsList.one(".notification-link").attr("href"));
        assertThat(opened.location()).as("the reply itself").startsWith("/posts/" + postId + "#comment-")
                .isNotEqualTo("/posts/" + postId + "#comment-" + bobs);
    }

    @Test
    void noNotificationAboutAPostTheAuthorMayNoLongerRead() {
        AgoraClient owner = member("Ola");
        String word = Agora.unique("gone");
        String leaverEmail = word + "@comments.test";
        AgoraClient leaver = TestAccounts.member("Lee " + word, leaverEmail);
        owner.get("/spaces");
        String space = Spaces.create(owner, "Gone " + word, "PRIVATE");
        owner.get(space + "/members");
        assertThat(owner.post(space + "/members/invite", Map.of("email", leaverEmail)).status()).isEqualTo(303);
        leaver.get(space);
        assertThat(leaver.post(space + "/join", Map.of()).status()).isEqualTo(303);
        leaver.get(space);
        assertThat(leaver.post(space + "/posts", Map.of("text", "Leaver post " + word)).status()).isEqualTo(303);
        long postId = postId(leaver.get(space).body(), "Leaver post " + word);
        long mine = comment(leaver, postId, "Leaver comment " + word, null);
        leaver.get(space);
        assertThat(leaver.post(space + "/leave", Map.of()).status()).isEqualTo(303);

        comment(owner, postId, "After the leaving " + word, mine);
        owner.get("/posts/" + postId);
        assertThat(owner.post("/posts/" + postId + "/reactions", Map.of("kind", "LIKE")).status()).isEqualTo(303);
        assertThat(notifications(leaver)).doesNotContain("replied to your comment")
                .doesNotContain("commented on your post").doesNotContain("reacted to your post");
    }
}
