package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.Posts;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** @mentions that link and notify, #hashtag pages and follows, and the people suggested for a mention. */
@AgoraTest
class MentionsHashtagsIT {

    /** A member created through the import, with the handle their e-mail address gives them. */
    private record Member(AgoraClient client, String handle, String name) {
        static Member create(String prefix) {
            String handle = Agora.unique(prefix);
            String name = "Mia " + handle;
            return new Member(TestAccounts.member(name, handle + "@agora.test"), handle, name);
        }
    }

    private static Page post(AgoraClient client, String path, String text) {
        client.get("/");
        Page posted = client.post(path, Map.of("text", text));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(303);
        return posted;
    }

    /** @return the number on the header's bell, or "none" when it shows none */
    private static String unreadBadge(AgoraClient client) {
        Page feed = client.get("/").titled("Feed");
        return feed.select("a.bell .unread-count").isEmpty() ? "none" : feed.text("a.bell .unread-count");
    }

    /** @return the texts of the post cards of a feed, newest first */
    private static List<String> cards(Page feed) {
        return feed.select(Posts.TEXT).eachText();
    }

    /** @return the position of the first card of the feed that shows the word, or -1 */
    private static int card(Page feed, String word) {
        List<String> cards = cards(feed);
        return IntStream.range(0, cards.size()).filter(i -> cards.get(i).contains(word)).findFirst().orElse(-1);
    }

    private static String privateSpace(AgoraClient owner, String name) {
        return Spaces.create(owner, name, "PRIVATE");
    }

    private static String publicSpace(AgoraClient owner, String name) {
        return Spaces.create(owner, name, "PUBLIC");
    }

    @Test
    void aMentionLinksToThePersonAndNotifiesThem() {
        AgoraClient admin = TestAccounts.admin();
        Member mia = Member.create("mia");
        assertThat(unreadBadge(mia.client())).isEqualTo("none");
        String word = Agora.unique("hello");

        post(admin, "/posts", "Welcome @" + mia.handle() + ", " + word);
        Element text = admin.get("/").titled("Feed").select(Posts.TEXT).stream()
                .filter(t -> t.text().contains(word)).findFirst().orElseThrow();
        assertThat(text.text()).isEqualTo("Welcome Mia " + mia.handle() + ", " + word);
        Element mention = text.selectFirst("a[href^=/people/]");
        assertThat(mention).as("the mention is a link to the person").isNotNull();
        assertThat(mention.attr("href")).matches("/people/\\d+");
        assertThat(mention.text()).as("the mention shows the person's name").isEqualTo("Mia " + mia.handle());

        assertThat(unreadBadge(mia.client())).isEqualTo("1");
        Page list = mia.client().get("/notifications").titled("Notifications");
        Element unread = list.one("li.notification.unread .notification-link");
        assertThat(unread.text()).isEqualTo(TestAccounts.ADMIN_NAME + " mentioned you in a post");
        String link = unread.attr("href");
        assertThat(link).matches("/notifications/\\d+");

        // nobody else opens it, not even an administrator
        assertThat(admin.get(link).status()).isEqualTo(404);
        assertThat(unreadBadge(mia.client())).isEqualTo("1");

        // a plain link, as a new tab opens it
        Page opened = mia.client().get(link);
        assertThat(opened.status()).isEqualTo(303);
        assertThat(opened.location()).matches("/posts/\\d+");
        assertThat(mia.client().get(opened.location()).titled("Post").text(Posts.TEXT)).contains(word);
        assertThat(unreadBadge(mia.client())).isEqualTo("none");

        post(admin, "/posts", "Again @" + mia.handle());
        post(admin, "/posts", "And again @" + mia.handle() + " and @" + mia.handle());
        assertThat(unreadBadge(mia.client())).isEqualTo("2");
        mia.client().get("/notifications");
        assertThat(mia.client().post("/notifications/read", Map.of()).status()).isEqualTo(303);
        assertThat(unreadBadge(mia.client())).isEqualTo("none");
        Page read = mia.client().get("/notifications").titled("Notifications");
        assertThat(read.select("li.notification.read")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(read.select("li.notification.unread")).isEmpty();
        assertThat(read.select("form[action=/notifications/read]")).as("no Mark all read").isEmpty();
    }

    @Test
    void aMentionOfANonMemberInAPrivateSpaceNeitherNotifiesNorReveals() {
        AgoraClient admin = TestAccounts.admin();
        Member outsider = Member.create("out");
        String space = privateSpace(admin, Agora.unique("Board"));
        String secret = Agora.unique("secret");

        post(admin, space + "/posts", "Should we hire @" + outsider.handle() + "? " + secret);
        assertThat(admin.get(space).ok().text(Posts.TEXT)).contains(secret);

        assertThat(unreadBadge(outsider.client())).isEqualTo("none");
        Page notifications = outsider.client().get("/notifications").titled("Notifications");
        assertThat(notifications.body()).doesNotContain("mentioned you").doesNotContain(secret);
        assertThat(outsider.client().get("/").titled("Feed").body()).doesNotContain(secret);
    }

    @Test
    void aMentionOfNobodyStaysText() {
        AgoraClient admin = TestAccounts.admin();
        String nobody = Agora.unique("nobody");
        post(admin, "/posts", "Is @" + nobody + " here?");
        Element text = admin.get("/").titled("Feed").select(Posts.TEXT).stream()
                .filter(t -> t.text().contains(nobody)).findFirst().orElseThrow();
        assertThat(text.text()).isEqualTo("Is @" + nobody + " here?");
        assertThat(text.select("a")).as("no link for nobody").isEmpty();
    }

    @Test
    void aHashtagPageListsOnlyThePostsTheReaderMayRead() {
        AgoraClient admin = TestAccounts.admin();
        Member reader = Member.create("reader");
        String tag = Agora.unique("launch");
        String open = Agora.unique("open");
        String hidden = Agora.unique("hidden");
        String space = privateSpace(admin, Agora.unique("Finance"));

        post(admin, "/posts", "Ready for the #" + tag + " " + open);
        post(admin, space + "/posts", "Budget for the #" + tag.toUpperCase() + " " + hidden);
        assertThat(admin.get("/").titled("Feed").select(Posts.TEXT + " a[href=/hashtags/" + tag + "]"))
                .isNotEmpty();

        Page page = reader.client().get("/hashtags/" + tag).titled("#" + tag);
        assertThat(page.text("h1")).isEqualTo("#" + tag);
        assertThat(page.text(".post-count")).isEqualTo("1 post");
        assertThat(cards(page)).hasSize(1);
        assertThat(card(page, open)).isZero();
        assertThat(page.body()).doesNotContain(hidden);
        Page adminPage = admin.get("/hashtags/" + tag.toUpperCase()).ok();
        assertThat(adminPage.text(".post-count")).isEqualTo("2 posts");
        assertThat(cards(adminPage)).hasSize(2);
        assertThat(card(adminPage, hidden)).as("newest first").isZero();
        assertThat(card(adminPage, open)).isOne();

        assertThat(reader.client().get("/hashtags/no%20tag").status()).isEqualTo(404);
    }

    @Test
    void aHashtagPageIsPagedWithACursor() {
        AgoraClient admin = TestAccounts.admin();
        String tag = Agora.unique("paged");
        for (int i = 1; i <= 22; i++) {
            post(admin, "/posts", "#" + tag + " n" + i + "-end");
        }
        Page first = admin.get("/hashtags/" + tag).titled("#" + tag);
        assertThat(first.text(".post-count")).isEqualTo("22 posts");
        assertThat(cards(first)).hasSize(20);
        assertThat(card(first, "n22-end")).isZero();
        assertThat(card(first, "n3-end")).isEqualTo(19);
        String older = first.one("nav a[href*=before=]").attr("href");
        assertThat(older).matches("/hashtags/" + tag + "\\?before=\\d+");
        Page second = admin.get(older).titled("#" + tag);
        assertThat(cards(second)).hasSize(2);
        assertThat(card(second, "n2-end")).isZero();
        assertThat(card(second, "n1-end")).isOne();
    }

    @Test
    void followingAHashtagBringsItsReadablePostsToTheHomeFeed() {
        AgoraClient admin = TestAccounts.admin();
        Member follower = Member.create("fan");
        String tag = Agora.unique("design");
        String publicSpace = publicSpace(admin, Agora.unique("Design guild"));
        String privateSpace = privateSpace(admin, Agora.unique("Design board"));
        String before = Agora.unique("before");
        post(admin, publicSpace + "/posts", "#" + tag + " " + before);
        assertThat(follower.client().get("/").titled("Feed").body()).doesNotContain(before);

        Page tagPage = follower.client().get("/hashtags/" + tag).titled("#" + tag);
        assertThat(tagPage.text(".follower-count")).isEqualTo("0 followers");
        assertThat(tagPage.text("#follow-hashtag button")).isEqualTo("Follow");
        assertThat(follower.client().post("/hashtags/" + tag + "/follow", Map.of()).status()).isEqualTo(303);
        Page following = follower.client().get("/hashtags/" + tag).titled("#" + tag);
        assertThat(following.text(".follower-count")).isEqualTo("1 follower");
        assertThat(following.text("#follow-hashtag button")).isEqualTo("Unfollow");

        String company = Agora.unique("company");
        String guild = Agora.unique("guild");
        String board = Agora.unique("board");
        post(admin, "/posts", "New logo #" + tag + " " + company);
        post(admin, publicSpace + "/posts", "Colours #" + tag + " " + guild);
        post(admin, privateSpace + "/posts", "Costs #" + tag + " " + board);

        Page home = follower.client().get("/").titled("Feed");
        assertThat(card(home, guild)).as("newest first").isNotNegative().isLessThan(card(home, company));
        assertThat(card(home, company)).isLessThan(card(home, before));
        assertThat(home.body()).doesNotContain(board);

        follower.client().get("/hashtags/" + tag);
        assertThat(follower.client().post("/hashtags/" + tag + "/unfollow", Map.of()).status()).isEqualTo(303);
        Page after = follower.client().get("/").titled("Feed");
        assertThat(card(after, company)).isNotNegative();
        assertThat(after.body()).doesNotContain(guild);
    }

    @Test
    void suggestionsAreJsonForSignedInPeopleOnly() {
        AgoraClient admin = TestAccounts.admin();
        // the people to suggest are kept between letters typed: one who joins after is suggested at once
        assertThat(admin.get("/people/suggest?q=sugg").ok().jsonArray()).isNotNull();
        Member mia = Member.create("sugg");
        Page json = admin.get("/people/suggest?q=" + mia.handle().substring(0, 8).toUpperCase());
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.contentType()).startsWith("application/json");
        JsonObject suggested = json.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("handle", "").equals(mia.handle())).findFirst()
                .orElseThrow(() -> new AssertionError("no suggestion with the handle " + mia.handle() + ": " + json));
        assertThat(suggested.getString("name")).isEqualTo(mia.name());
        assertThat(suggested.getString("jobTitle")).isEqualTo("Tester");
        assertThat(suggested.getJsonNumber("id").longValue()).isPositive();
        assertThat(admin.get("/people/suggest?q=mi").ok().jsonArray()).as("a few people").hasSizeBetween(1, 8);
        assertThat(admin.get("/people/suggest?q=").ok().jsonArray()).isEmpty();

        Page anonymous = new AgoraClient().get("/people/suggest?q=" + mia.handle());
        assertThat(anonymous.status()).as("sent to sign in").isEqualTo(302);
        assertThat(anonymous.location()).startsWith("/login");
        assertThat(anonymous.body()).doesNotContain(mia.handle());
    }

    @Test
    void spacesAreSuggestedOnlyToThoseWhoMayKnowThem() {
        Member owner = Member.create("spo");
        Member stranger = Member.create("sps");
        String word = Agora.unique("Orbit");
        for (String kind : new String[] {"PUBLIC", "PRIVATE", "SECRET"}) {
            Spaces.create(owner.client(), word + " " + kind.toLowerCase(), kind);
        }
        Page mine = owner.client().get("/mentions/spaces?q=" + word.toLowerCase());
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.contentType()).startsWith("application/json");
        assertThat(spaceNames(mine)).contains(word + " public", word + " private", word + " secret");
        assertThat(mine.jsonArray().getValuesAs(JsonObject.class)).extracting(s -> s.getString("slug"))
                .contains(word.toLowerCase() + "-public");
        assertThat(spaceNames(owner.client().get("/mentions/spaces?q=secr").ok())).as("by a word of the name")
                .contains(word + " secret");

        for (AgoraClient outsider : new AgoraClient[] {stranger.client(), TestAccounts.admin()}) {
            Page theirs = outsider.get("/mentions/spaces?q=" + word.toLowerCase()).ok();
            assertThat(theirs.contentType()).startsWith("application/json");
            assertThat(spaceNames(theirs)).contains(word + " public")
                    .doesNotContain(word + " secret", word + " private");
            assertThat(theirs.body()).doesNotContain(word + " secret").doesNotContain(word + " private");
        }
        Page anonymous = new AgoraClient().get("/mentions/spaces?q=" + word);
        assertThat(anonymous.status()).as("sent to sign in").isEqualTo(302);
        assertThat(anonymous.location()).startsWith("/login");
        assertThat(anonymous.body()).doesNotContain(word);
        assertThat(owner.client().get("/mentions/spaces?q=").ok().jsonArray()).isEmpty();

        owner.client().get("/");
        post(owner.client(), "/posts", "See [@" + word + " public](/spaces/" + word.toLowerCase() + "-public)");
        assertThat(stranger.client().get("/").titled("Feed")
                .select(Posts.TEXT + " a[href=/spaces/" + word.toLowerCase() + "-public]")).hasSize(1);
    }

    /** @return the names of the spaces a mention suggests, as the composer's script reads them */
    private static List<String> spaceNames(Page suggestions) {
        return suggestions.jsonArray().getValuesAs(JsonObject.class).stream().map(s -> s.getString("name")).toList();
    }

    @Test
    void htmlAndScriptsInAPostWithReferencesNeverComeBackAsMarkup() {
        AgoraClient admin = TestAccounts.admin();
        String tag = Agora.unique("xss");
        post(admin, "/posts", "#" + tag + "<script>alert('x')</script> @it-admin<img src=x onerror=alert(1)> "
                + "[@it-admin](javascript:alert(2)) <a href=\"#\" onclick=\"alert(3)\">#" + tag + "</a>");
        for (String path : new String[] {"/", "/hashtags/" + tag}) {
            Page page = admin.get(path).ok();
            Element text = page.select(Posts.TEXT).stream()
                    .filter(t -> t.select("a[href=/hashtags/" + tag + "]").size() > 0).findFirst().orElseThrow();
            assertThat(text.select("script, img, [onclick], [onerror], a[href^=javascript:]")).as(path).isEmpty();
            assertThat(page.body()).doesNotContain("<script>alert").doesNotContain("<img src=x")
                    .doesNotContain("href=\"javascript:").doesNotContain("onclick=\"alert");
        }
    }
}
