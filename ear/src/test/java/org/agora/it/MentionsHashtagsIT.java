package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
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

    private static String unreadBadge(AgoraClient client) {
        Matcher m = Pattern.compile("class=\"badge[^\"]*unread-count\">(\\d+)<").matcher(client.get("/").body());
        return m.find() ? m.group(1) : "none";
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
        String feed = admin.get("/").body();
        assertThat(feed).as("the mention shows the person's name").containsPattern(
                "<a href=\"/people/\\d+\" rel=\"[^\"]*\">Mia " + mia.handle() + "</a>, " + word);

        assertThat(unreadBadge(mia.client())).isEqualTo("1");
        Page list = mia.client().get("/notifications");
        assertThat(list.body()).contains(TestAccounts.ADMIN_NAME + " mentioned you in a post").contains("unread");
        Matcher open = Pattern.compile("href=\"(/notifications/\\d+)\"").matcher(list.body());
        assertThat(open.find()).isTrue();

        // nobody else opens it, not even an administrator
        assertThat(admin.get(open.group(1)).status()).isEqualTo(404);
        assertThat(unreadBadge(mia.client())).isEqualTo("1");

        // a plain link, as a new tab opens it
        Page opened = mia.client().get(open.group(1));
        assertThat(opened.status()).isEqualTo(303);
        assertThat(opened.location()).matches("/posts/\\d+");
        assertThat(mia.client().get(opened.location()).body()).contains(word);
        assertThat(unreadBadge(mia.client())).isEqualTo("none");

        post(admin, "/posts", "Again @" + mia.handle());
        post(admin, "/posts", "And again @" + mia.handle() + " and @" + mia.handle());
        assertThat(unreadBadge(mia.client())).isEqualTo("2");
        mia.client().get("/notifications");
        assertThat(mia.client().post("/notifications/read", Map.of()).status()).isEqualTo(303);
        assertThat(unreadBadge(mia.client())).isEqualTo("none");
        assertThat(mia.client().get("/notifications").body()).doesNotContain("Mark all read");
    }

    @Test
    void aMentionOfANonMemberInAPrivateSpaceNeitherNotifiesNorReveals() {
        AgoraClient admin = TestAccounts.admin();
        Member outsider = Member.create("out");
        String space = privateSpace(admin, Agora.unique("Board"));
        String secret = Agora.unique("secret");

        post(admin, space + "/posts", "Should we hire @" + outsider.handle() + "? " + secret);
        assertThat(admin.get(space).body()).contains(secret);

        assertThat(unreadBadge(outsider.client())).isEqualTo("none");
        assertThat(outsider.client().get("/notifications").body()).doesNotContain("mentioned you")
                .doesNotContain(secret);
        assertThat(outsider.client().get("/").body()).doesNotContain(secret);
    }

    @Test
    void aMentionOfNobodyStaysText() {
        AgoraClient admin = TestAccounts.admin();
        String nobody = Agora.unique("nobody");
        post(admin, "/posts", "Is @" + nobody + " here?");
        String feed = admin.get("/").body();
        assertThat(feed).contains("Is &#64;" + nobody + " here?").doesNotContain("&#64;" + nobody + "</a>");
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
        String feed = admin.get("/").body();
        assertThat(feed).contains("<a href=\"/hashtags/" + tag + "\"");

        Page page = reader.client().get("/hashtags/" + tag);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("#" + tag).contains(open).doesNotContain(hidden).contains("1 post<");
        Page adminPage = admin.get("/hashtags/" + tag.toUpperCase());
        assertThat(adminPage.body()).contains(open).contains(hidden).contains("2 posts<");
        assertThat(adminPage.body().indexOf(hidden)).isLessThan(adminPage.body().indexOf(open));

        assertThat(reader.client().get("/hashtags/no%20tag").status()).isEqualTo(404);
    }

    @Test
    void aHashtagPageIsPagedWithACursor() {
        AgoraClient admin = TestAccounts.admin();
        String tag = Agora.unique("paged");
        for (int i = 1; i <= 22; i++) {
            post(admin, "/posts", "#" + tag + " n" + i + "-end");
        }
        String first = admin.get("/hashtags/" + tag).body();
        assertThat(first).contains("n22-end").contains("n3-end").doesNotContain("n2-end").contains("22 posts<");
        Matcher older = Pattern.compile("href=\"(/hashtags/" + tag + "\\?before=\\d+)\"").matcher(first);
        assertThat(older.find()).isTrue();
        String second = admin.get(older.group(1)).body();
        assertThat(second).contains("n2-end").contains("n1-end").doesNotContain("n3-end");
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
        assertThat(follower.client().get("/").body()).doesNotContain(before);

        Page tagPage = follower.client().get("/hashtags/" + tag);
        assertThat(tagPage.body()).contains("0 followers").contains(">Follow<");
        assertThat(follower.client().post("/hashtags/" + tag + "/follow", Map.of()).status()).isEqualTo(303);
        assertThat(follower.client().get("/hashtags/" + tag).body()).contains("1 follower<").contains(">Unfollow<");

        String company = Agora.unique("company");
        String guild = Agora.unique("guild");
        String board = Agora.unique("board");
        post(admin, "/posts", "New logo #" + tag + " " + company);
        post(admin, publicSpace + "/posts", "Colours #" + tag + " " + guild);
        post(admin, privateSpace + "/posts", "Costs #" + tag + " " + board);

        String home = follower.client().get("/").body();
        assertThat(home).contains(company).contains(guild).contains(before).doesNotContain(board);
        assertThat(home.indexOf(guild)).isLessThan(home.indexOf(company));

        follower.client().get("/hashtags/" + tag);
        assertThat(follower.client().post("/hashtags/" + tag + "/unfollow", Map.of()).status()).isEqualTo(303);
        assertThat(follower.client().get("/").body()).doesNotContain(guild).contains(company);
    }

    @Test
    void suggestionsAreJsonForSignedInPeopleOnly() {
        Member mia = Member.create("sugg");
        AgoraClient admin = TestAccounts.admin();
        Page json = admin.get("/people/suggest?q=" + mia.handle().substring(0, 8).toUpperCase());
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.body()).contains("\"handle\":\"" + mia.handle() + "\"").contains("\"name\":\"" + mia.name() + "\"")
                .contains("\"jobTitle\":\"Tester\"").containsPattern("\"id\":\\d+");
        Page byName = admin.get("/people/suggest?q=mi");
        assertThat(byName.body()).startsWith("[");
        assertThat(byName.body().split("\"handle\"").length - 1).isBetween(1, 8);
        assertThat(admin.get("/people/suggest?q=").body()).isEqualTo("[]");

        Page anonymous = new AgoraClient().get("/people/suggest?q=" + mia.handle());
        assertThat(anonymous.status()).isNotEqualTo(200);
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
        assertThat(mine.body()).contains("\"name\":\"" + word + " public\"").contains(word + " private")
                .contains(word + " secret").contains("\"slug\":\"" + word.toLowerCase() + "-public\"");
        assertThat(owner.client().get("/mentions/spaces?q=secr").body()).as("by a word of the name")
                .contains(word + " secret");

        for (AgoraClient outsider : new AgoraClient[] {stranger.client(), TestAccounts.admin()}) {
            String theirs = outsider.get("/mentions/spaces?q=" + word.toLowerCase()).body();
            assertThat(theirs).contains(word + " public").doesNotContain(word + " secret")
                    .doesNotContain(word + " private");
        }
        assertThat(new AgoraClient().get("/mentions/spaces?q=" + word).body()).doesNotContain(word);
        assertThat(owner.client().get("/mentions/spaces?q=").body()).isEqualTo("[]");

        owner.client().get("/");
        post(owner.client(), "/posts", "See [@" + word + " public](/spaces/" + word.toLowerCase() + "-public)");
        assertThat(stranger.client().get("/").body())
                .contains("href=\"/spaces/" + word.toLowerCase() + "-public\"");
    }

    @Test
    void htmlAndScriptsInAPostWithReferencesNeverComeBackAsMarkup() {
        AgoraClient admin = TestAccounts.admin();
        String tag = Agora.unique("xss");
        post(admin, "/posts", "#" + tag + "<script>alert('x')</script> @it-admin<img src=x onerror=alert(1)> "
                + "[@it-admin](javascript:alert(2)) <a href=\"#\" onclick=\"alert(3)\">#" + tag + "</a>");
        for (String page : new String[] {"/", "/hashtags/" + tag}) {
            String body = admin.get(page).body();
            assertThat(body).contains("href=\"/hashtags/" + tag + "\"").doesNotContain("<script>alert")
                    .doesNotContain("<img src=x").doesNotContain("href=\"javascript:").doesNotContain("onclick=\"alert");
        }
    }
}
