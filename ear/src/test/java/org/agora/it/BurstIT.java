package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Bursts;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.Posts;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A double-click, or the same form sent from several tabs: eight identical requests at once on every toggle and
 * form give the state that one click gives, every answer is a redirect to a page, and nothing is lost.
 */
@AgoraTest
class BurstIT {

    private static final int AT_ONCE = 8;

    /** The button of the reaction picker's form that a click on "Like" sends along. */
    private static final Map<String, String> LIKE = Map.of("kind", "LIKE");

    private static AgoraClient member(String first) {
        String word = Agora.unique(first.toLowerCase());
        return TestAccounts.member(first + " " + word, word + "@burst.test");
    }

    private static long personId(AgoraClient client) {
        return TestAccounts.personId(client);
    }

    /** Opens the page, and sends the form the selector finds eight times at once, as the page would send it. */
    private static void burst(AgoraClient client, String page, String form) {
        burst(client, page, form, Map.of());
    }

    private static void burst(AgoraClient client, String page, String selector, Map<String, String> typed) {
        Element form = Forms.one(client.get(page), selector);
        Map<String, String> fields = Forms.fields(form);
        fields.putAll(typed);
        List<Page> answers = Bursts.post(client, AT_ONCE, form.attr("action"), fields);
        assertThat(answers).as("every answer of " + form.attr("action") + " is a redirect to a page")
                .allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(303));
    }

    private static long publish(AgoraClient client, String text) {
        return Posts.publish(client, null, text);
    }

    private static long postOnPage(Page page, String text) {
        Element post = Forms.html(page).select("[id^=post-]").stream()
                .filter(p -> p.text().contains(text)).findFirst().orElseThrow();
        return Long.parseLong(post.id().substring("post-".length()));
    }

    private static String space(AgoraClient owner, String kind) {
        return Spaces.create(owner, Agora.unique("Burst "), kind);
    }

    private static String likeButton(AgoraClient client, String base) {
        Element button = Forms.one(client.get("/posts/" + postOf(base)),
                "form[action=" + base + "/reactions] button[name=kind][value=LIKE]");
        return count(button) + (button.hasClass("mine") ? " mine" : "");
    }

    /** @return the count on a reaction button: none is shown while nobody reacted */
    private static String count(Element button) {
        Element count = button.selectFirst(".reaction-count");
        return count == null ? "0" : count.text();
    }

    private static long postOf(String base) {
        return Long.parseLong(base.replaceAll(".*/", "").replaceAll("#.*", ""));
    }

    @Test
    void aBurstOfLikesOnAPostLikesItOnceAndAnotherTakesItBack() {
        AgoraClient ann = member("Ann");
        long post = publish(TestAccounts.admin(), Agora.unique("liked"));
        String base = "/posts/" + post;
        String like = "form[action=" + base + "/reactions]";

        burst(ann, base, like, LIKE);
        assertThat(likeButton(ann, base)).isEqualTo("1 mine");
        burst(ann, base, like, LIKE);
        assertThat(likeButton(ann, base)).isEqualTo("0");
    }

    @Test
    void aBurstOfReactionsOnACommentReactsOnce() {
        AgoraClient ann = member("Ann");
        AgoraClient admin = TestAccounts.admin();
        long post = publish(admin, Agora.unique("commented"));
        admin.get("/posts/" + post);
        Page sent = admin.post("/posts/" + post + "/comments", Map.of("text", Agora.unique("comment")));
        String comment = sent.location().replaceAll(".*#comment-(\\d+)$", "$1");
        String form = "form[action=/comments/" + comment + "/reactions]";
        String button = form + " button[name=kind][value=LIKE]";

        burst(ann, "/posts/" + post, form, LIKE);
        Element liked = Forms.one(ann.get("/posts/" + post), button);
        assertThat(count(liked)).isEqualTo("1");
        assertThat(liked.hasClass("mine")).isTrue();
        burst(ann, "/posts/" + post, form, LIKE);
        assertThat(count(Forms.one(ann.get("/posts/" + post), button))).isEqualTo("0");
    }

    @Test
    void aBurstOfSavesSavesThePostOnceAndAnotherForgetsIt() {
        AgoraClient ann = member("Ann");
        long post = publish(TestAccounts.admin(), Agora.unique("saved"));
        String save = "form[action=/posts/" + post + "/bookmark]";

        burst(ann, "/posts/" + post, save);
        assertThat(Forms.one(ann.get("/posts/" + post), save + " button").attr("aria-pressed")).isEqualTo("true");
        assertThat(Forms.html(ann.get("/saved")).select("#post-" + post)).hasSize(1);
        burst(ann, "/posts/" + post, save);
        assertThat(Forms.one(ann.get("/posts/" + post), save + " button").attr("aria-pressed")).isEqualTo("false");
        assertThat(Forms.html(ann.get("/saved")).select("#post-" + post)).isEmpty();
    }

    @Test
    void aBurstOfFollowsFollowsAColleagueOnce() {
        AgoraClient ann = member("Ann");
        long bob = personId(member("Bob"));
        String profile = "/people/" + bob;

        burst(ann, profile, "form.follow-person");
        assertThat(Forms.one(ann.get(profile), "form.follow-person .followers").text()).isEqualTo("1 follower");
        burst(ann, profile, "form.follow-person");
        assertThat(Forms.one(ann.get(profile), "form.follow-person .followers").text()).isEqualTo("0 followers");
    }

    @Test
    void aBurstOfFollowsOnASpaceAndAHashtagFollowsOnce() {
        AgoraClient ann = member("Ann");
        AgoraClient admin = TestAccounts.admin();
        String space = space(admin, "PUBLIC");
        String follow = "form[action=" + space + "/follow]";
        burst(ann, space, follow);
        assertThat(Forms.one(ann.get(space), follow + " button").text()).isEqualTo("Unfollow");
        burst(ann, space, follow);
        assertThat(Forms.one(ann.get(space), follow + " button").text()).isEqualTo("Follow");

        String tag = Agora.unique("burst");
        publish(admin, "About #" + tag);
        String page = "/hashtags/" + tag;
        burst(ann, page, "form[action^=/hashtags/]");
        assertThat(Forms.one(ann.get(page), ".follower-count").text()).isEqualTo("1 follower");
        burst(ann, page, "form[action^=/hashtags/]");
        assertThat(Forms.one(ann.get(page), ".follower-count").text()).isEqualTo("0 followers");
    }

    @Test
    void aBurstOfJoinsJoinsOnceAndABurstOfLeavesLeaves() {
        AgoraClient ann = member("Ann");
        String space = space(TestAccounts.admin(), "PUBLIC");

        burst(ann, space, "form[action=" + space + "/join]");
        assertThat(Forms.html(ann.get(space)).select("form[action=" + space + "/leave]")).hasSize(1);
        burst(ann, space, "form[action=" + space + "/leave]");
        assertThat(Forms.html(ann.get(space)).select("form[action=" + space + "/join]")).hasSize(1);
    }

    @Test
    void aBurstOfRequestsAsksToJoinOnceAndABurstOfWithdrawalsWithdraws() {
        AgoraClient ann = member("Ann");
        String space = space(TestAccounts.admin(), "PRIVATE");

        burst(ann, space, "form[action=" + space + "/request]");
        assertThat(Forms.html(ann.get(space)).select("form[action=" + space + "/decline]")).hasSize(1);
        burst(ann, space, "form[action=" + space + "/decline]");
        assertThat(Forms.html(ann.get(space)).select("form[action=" + space + "/request]")).hasSize(1);
    }

    @Test
    void aBurstOfProfileSavesKeepsOneProfileWithEveryField() {
        AgoraClient ann = member("Ann");
        long me = personId(ann);
        String city = Agora.unique("Lille");
        burst(ann, "/profile", "form.profile-form", Map.of("location", city, "locationVisibility", "EVERYONE",
                "expertise", "java, derby", "expertiseVisibility", "EVERYONE", "interests", "chess",
                "link1Label", "Blog", "link1Url", "https://blog.example.com/ann"));
        Page profile = ann.get("/people/" + me);
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.body()).contains(city, "chess", "https://blog.example.com/ann");
        assertThat(Forms.one(ann.get("/profile"), "#expertise").attr("value")).isEqualTo("java, derby");

        burst(ann, "/profile", "form.profile-form", Map.of("expertise", "kotlin", "interests", "go, tea"));
        assertThat(Forms.one(ann.get("/profile"), "#expertise").attr("value")).isEqualTo("kotlin");
        assertThat(Forms.one(ann.get("/profile"), "#interests").attr("value")).isEqualTo("go, tea");
        assertThat(Forms.one(ann.get("/profile"), "#location").attr("value")).isEqualTo(city);
    }

    @Test
    void aBurstOfMarkAsReadReadsTheAnnouncementOnce() {
        AgoraClient ann = member("Ann");
        AgoraClient admin = TestAccounts.admin();
        String news = Agora.unique("news");
        admin.get("/");
        assertThat(admin.post("/announcements", Map.of("text", news)).status()).isEqualTo(303);
        Element card = Forms.html(ann.get("/")).select(".card.announcement").stream()
                .filter(c -> c.text().contains(news)).findFirst().orElseThrow();
        String action = card.selectFirst("form").attr("action");

        burst(ann, "/", "form[action=" + action + "]");
        assertThat(Forms.html(ann.get("/")).select(".card.announcement form[action=" + action + "]")).isEmpty();
        Element seenByAuthor = Forms.html(admin.get("/")).select(".card.announcement").stream()
                .filter(c -> c.text().contains(news)).findFirst().orElseThrow();
        assertThat(seenByAuthor.selectFirst(".read-count").text()).isEqualTo("Read by 1 person");
    }

    @Test
    void aBurstOfPinsAndOfArchivesGivesTheStateOfOneClick() {
        AgoraClient admin = TestAccounts.admin();
        String space = space(admin, "PUBLIC");
        String text = Agora.unique("pinned");
        admin.get(space);
        assertThat(admin.post(space + "/posts", Map.of("text", text)).status()).isEqualTo(303);
        long post = postOnPage(admin.get(space), text);
        String pin = "form[action=/posts/" + post + "/pin]";
        burst(admin, "/posts/" + post, pin);
        assertThat(Forms.one(admin.get("/posts/" + post), pin + " input[name=pinned]").attr("value"))
                .isEqualTo("false");
        burst(admin, "/posts/" + post, pin);
        assertThat(Forms.one(admin.get("/posts/" + post), pin + " input[name=pinned]").attr("value"))
                .isEqualTo("true");

        String archive = "form[action=" + space + "/archive]";
        burst(admin, space, archive);
        assertThat(Forms.one(admin.get(space), archive + " input[name=archived]").attr("value")).isEqualTo("false");
    }
}
