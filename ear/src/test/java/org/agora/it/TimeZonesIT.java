package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Alone;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.Posts;
import org.agora.it.support.TestAccounts;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Each person reads dates in their own time zone: chosen on their profile's settings or offered from their browser,
 * else the company's; posts, comments and the wiki's history all follow it.
 */
@AgoraTest
@Alone
class TimeZonesIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final String id = Agora.unique("tz");

    private AgoraClient reader(String name, String zone) {
        AgoraClient reader = TestAccounts.member(name, name.toLowerCase().replace(' ', '.') + "." + id + "@agora.test");
        reader.get("/profile");
        Page chosen = reader.post("/profile/time-zone", Map.of("timeZone", zone));
        assertThat(chosen.status()).isEqualTo(303);
        assertThat(Forms.html(reader.get("/profile")).select("#time-zone option[selected]").text()).isEqualTo(zone);
        return reader;
    }

    private static String expected(Element time, String zone) {
        return DAY.withZone(ZoneId.of(zone)).format(Instant.parse(time.attr("datetime")));
    }

    @Test
    void readersInTokyoAndNewYorkSeeTheSamePostAtTheirOwnTimes() {
        AgoraClient author = TestAccounts.member("Tia Author", "tia." + id + "@agora.test");
        author.get("/");
        assertThat(author.post("/posts", Map.of("text", "Quarterly review " + id)).status()).isEqualTo(303);
        long post = Posts.postId(author.get("/").body(), "Quarterly review " + id);
        Posts.comment(author, post, "Slides attached " + id);

        AgoraClient tokyo = reader("Kenji Tokyo", "Asia/Tokyo");
        AgoraClient newYork = reader("Nora NewYork", "America/New_York");
        Element inTokyo = Forms.one(tokyo.get("/posts/" + post), "article.post time[datetime]");
        Element inNewYork = Forms.one(newYork.get("/posts/" + post), "article.post time[datetime]");
        assertThat(inTokyo.attr("title")).isEqualTo(expected(inTokyo, "Asia/Tokyo"));
        assertThat(inNewYork.attr("title")).isEqualTo(expected(inNewYork, "America/New_York"));
        assertThat(inTokyo.attr("title")).isNotEqualTo(inNewYork.attr("title"));

        Element comment = Forms.one(tokyo.get("/posts/" + post), ".comment time[datetime]");
        assertThat(comment.attr("title")).isEqualTo(expected(comment, "Asia/Tokyo"));
    }

    @Test
    void theWikiHistoryShowsDatesInTheReadersZoneNotUtc() {
        AgoraClient tokyo = reader("Yuki Wiki", "Asia/Tokyo");
        String page = WikiIT.create(tokyo, "", "Shift rota " + id, "Mornings.");
        String history = WikiIT.action(page, "history");
        Element when = Forms.one(tokyo.get(history), ".wiki-history time[datetime]");
        assertThat(when.text()).isEqualTo(expected(when, "Asia/Tokyo")).doesNotContain("Z");

        AgoraClient newYork = reader("Ned Wiki", "America/New_York");
        Element there = Forms.one(newYork.get(history), ".wiki-history time[datetime]");
        assertThat(there.text()).isEqualTo(expected(there, "America/New_York"));
    }

    @Test
    void whoChoseNoZoneIsOfferedTheirBrowsersAndAnUnknownZoneIsRefusedInTheirLanguage() {
        AgoraClient newcomer = TestAccounts.member("Nina Newcomer", "nina." + id + "@agora.test");
        Element offer = Forms.one(newcomer.get("/"), "form.time-zone-offer");
        assertThat(offer.attr("action")).isEqualTo("/profile/time-zone");
        assertThat(offer.select("input[name=back]").val()).isEqualTo("/");

        Page refused = newcomer.post("/profile/time-zone", Map.of("timeZone", "Mars/Olympus"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(Forms.html(refused).text()).contains("Mars/Olympus").contains("is not a time zone");
        Page french = newcomer.acceptLanguage("fr").post("/profile/time-zone", Map.of("timeZone", "Mars/Olympus"));
        assertThat(french.status()).isEqualTo(400);
        assertThat(Forms.html(french).text()).contains("n'est pas un fuseau horaire");

        Page kept = newcomer.post("/profile/time-zone", Map.of("timeZone", offer.select(".time-zone-keep").val(),
                "back", "/spaces"));
        assertThat(kept.status()).isEqualTo(303);
        assertThat(kept.location()).endsWith("/spaces");
        assertThat(Forms.html(newcomer.get("/")).select("form.time-zone-offer")).as("answered once").isEmpty();
    }

    @Test
    void onlyAnAdministratorSetsTheCompanysZone() {
        AgoraClient member = TestAccounts.member("Max Member", "max." + id + "@agora.test");
        member.get("/");
        assertThat(member.post("/admin/settings/time-zone", Map.of("timeZone", "UTC")).status()).isEqualTo(403);
        AgoraClient admin = TestAccounts.admin();
        String company = Forms.one(admin.get("/admin/settings"), "#company-time-zone option[selected]").val();
        assertThat(admin.post("/admin/settings/time-zone", Map.of("timeZone", company)).status()).isEqualTo(303);
        assertThat(admin.post("/admin/settings/time-zone", Map.of("timeZone", "Nowhere")).status()).isEqualTo(400);
    }
}
