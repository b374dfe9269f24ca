package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.it.probe.ProbeJar;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Alone;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.Privacy;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extension points of plugins-api 1.1 through the running application, with the "probe" test plugin: tabs on
 * spaces and profiles, settings pages, assets, messages, uploads, permissions, events, periodic tasks,
 * notifications, GDPR hooks and record queries.
 */
@AgoraTest
@Alone
class PluginPlatformIT {

    private static String id;
    private static AgoraClient admin;
    private static AgoraClient member;
    private static String memberEmail;

    @BeforeAll
    static void installProbe() {
        ProbeJar.installOnce();
    }

    @BeforeAll
    static void people() {
        id = Agora.unique("p");
        admin = TestAccounts.admin();
        memberEmail = "probe-" + id + "@agora.test";
        member = TestAccounts.member("Petra Probe", memberEmail);
    }

    private static String createSpace(AgoraClient client, String name, String kind) {
        return Spaces.create(client, name, "About " + name, kind);
    }

    private static long spaceId(AgoraClient client, String space) {
        String tab = probeTab(client.get(space).ok()).attr("href");
        assertThat(tab).as("the probe's tab on " + space).matches("/m/probe/board\\?space=\\d+");
        return Long.parseLong(tab.substring(tab.indexOf('=') + 1));
    }

    /** @return the probe's tab among the tabs of a space's page */
    private static Element probeTab(Page space) {
        return space.one(".space-tabs a.nav-link[data-plugin=probe]");
    }

    @Test
    void aSpaceShowsThePluginTabInTheReadersLanguageAndThePageGetsTheSpace() {
        String name = "Probe space " + id;
        String space = createSpace(admin, name, "PUBLIC");
        assertThat(probeTab(admin.get(space).titled(name)).text()).isEqualTo("Probe board");
        long spaceId = spaceId(admin, space);
        Page board = admin.get("/m/probe/board?space=" + spaceId).ok();
        assertThat(board.text()).contains("Board of " + name);
        assertThat(board.text("p.space-id")).isEqualTo(String.valueOf(spaceId));
        assertThat(board.select("[href=/m/probe/assets/probe.css]")).hasSize(1);
        AgoraClient french = TestAccounts.admin().acceptLanguage("fr");
        assertThat(probeTab(french.get(space).titled(name)).text()).isEqualTo("Tableau sonde");
        assertThat(french.get("/m/probe/board?space=" + spaceId).body()).contains("Tableau de " + name);
    }

    @Test
    void aSpaceWhereTheOwnerTurnedThePluginOffHasNoTabAndNoPage() {
        String space = createSpace(admin, "Probe off " + id, "PUBLIC");
        long spaceId = spaceId(admin, space);
        admin.get(space + "/plugins");
        assertThat(admin.post(space + "/plugins/probe", Map.of("enabled", "false")).status()).isEqualTo(303);
        Page page = admin.get(space).titled("Probe off " + id);
        assertThat(page.select(".space-tabs a")).as("the space's other tabs").isNotEmpty();
        assertThat(page.select(".space-tabs a[href^=/m/probe/board]")).isEmpty();
        assertThat(page.body()).doesNotContain("/m/probe/board");
        assertThat(admin.get("/m/probe/board?space=" + spaceId).status()).isEqualTo(404);
    }

    @Test
    void aPrivateSpaceIsNeitherShownNorGivenToThePluginForOutsiders() {
        String space = createSpace(admin, "Probe private " + id, "PRIVATE");
        long spaceId = spaceId(admin, space);
        Page page = member.get(space).titled("Probe private " + id);
        assertThat(page.select(".private-notice")).hasSize(1);
        assertThat(page.body()).doesNotContain("/m/probe/board");
        assertThat(member.get("/m/probe/board?space=" + spaceId).status()).isEqualTo(404);
        assertThat(member.get("/m/probe/board?space=" + (spaceId + 100_000)).status()).isEqualTo(404);
        assertThat(member.get("/m/probe/board?space=abc").status()).isEqualTo(404);
    }

    @Test
    void aProfileShowsThePluginTabAndThePageGetsThePerson() {
        String person = admin.get("/people?q=Petra").titled("People").select("li[data-person]").stream()
                .filter(li -> li.text().contains("Petra Probe")).findFirst().orElseThrow().attr("data-person");
        Element tab = admin.get("/people/" + person).titled("Petra Probe").one(".plugin-tabs a[data-plugin=probe]");
        assertThat(tab.attr("href")).isEqualTo("/m/probe/card?person=" + person);
        assertThat(tab.text()).isEqualTo("Probe card");
        assertThat(admin.get("/m/probe/card?person=" + person).body())
                .isEqualTo("{\"person\":\"" + person + " Petra Probe\"}");
    }

    @Test
    void administratorsEditThePluginSettingsOnAGeneratedPage() {
        assertThat(admin.get("/admin/plugin-settings").ok().select("a[href=/admin/plugin-settings/probe]"))
                .isNotEmpty();
        Page form = admin.get("/admin/plugin-settings/probe");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Greeting shown on boards").contains("name=\"greeting\"")
                .contains("type=\"number\"").contains("type=\"checkbox\"");
        Page wrong = admin.post("/admin/plugin-settings/probe",
                Map.of("greeting", "Hi", "size", "many", "loud", "true"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("size: a whole number is needed.");
        JsonObject unchanged = probeSettings();
        assertThat(unchanged.getInt("size")).isEqualTo(5);
        assertThat(unchanged.getString("greeting")).isEqualTo("Hello");
        admin.get("/admin/plugin-settings/probe");
        Page saved = admin.post("/admin/plugin-settings/probe",
                Map.of("greeting", "Welcome " + id, "size", "12", "loud", "true"));
        assertThat(saved.status()).isEqualTo(303);
        JsonObject changed = probeSettings();
        assertThat(changed.getString("greeting")).isEqualTo("Welcome " + id);
        assertThat(changed.getInt("size")).isEqualTo(12);
        assertThat(changed.getBoolean("loud")).isTrue();
        assertThat(member.get("/admin/plugin-settings/probe").status()).isEqualTo(403);
        assertThat(admin.get("/admin/plugin-settings/no-such-module").status()).isEqualTo(404);
        admin.get("/admin/plugin-settings/probe");
        assertThat(admin.post("/admin/plugin-settings/no-such-module", Map.of("a", "b")).status()).isEqualTo(404);
        admin.get("/admin/plugin-settings/probe");
        assertThat(admin.post("/admin/plugin-settings/probe", Map.of("greeting", "Hello", "size", "5")).status())
                .isEqualTo(303);
        assertThat(probeSettings().getBoolean("loud")).isFalse();
    }

    /** @return the settings the probe module reads, as it answers them */
    private JsonObject probeSettings() {
        return admin.get("/m/probe/settings").ok().jsonObject();
    }

    /** @return whether the probe module wrote down a host event of this kind with this value in one field */
    private static boolean event(List<JsonObject> events, String kind, String field, String value) {
        return events.stream()
                .anyMatch(e -> e.getString("kind", "").equals(kind) && e.getString(field, "").equals(value));
    }

    /** @return the host events the probe module wrote down */
    private List<JsonObject> events() {
        return admin.get("/m/probe/events").ok().jsonArray().getValuesAs(JsonObject.class);
    }

    @Test
    void assetsComeFromThePluginJarWithCacheHeadersAndNoWayOut() {
        HttpResponse<String> css = member.getWithHeaders("/m/probe/assets/probe.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains(".probe-board");
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(css.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age="));
        String etag = css.headers().firstValue("ETag").orElseThrow();
        assertThat(member.getWithHeaders("/m/probe/assets/probe.css", "If-None-Match", etag).statusCode())
                .isEqualTo(304);
        assertThat(member.getWithHeaders("/m/probe/assets/js/app.js").statusCode()).isEqualTo(200);
        assertThat(member.getWithHeaders("/m/probe/assets/missing.css").statusCode()).isEqualTo(404);
        assertThat(member.getWithHeaders("/m/probe/assets/%2e%2e/templates/board.html").statusCode()).isIn(400, 404);
        assertThat(member.getWithHeaders("/m/probe/assets/..%2F..%2FMETA-INF%2FMANIFEST.MF").statusCode())
                .isIn(400, 404);
        assertThat(member.getWithHeaders("/m/probe/assets/templates/board.html").statusCode()).isEqualTo(404);
        assertThat(member.getWithHeaders("/m/probe/assets/agora.css").statusCode())
                .as("Agora's own assets are not the plugin's").isEqualTo(404);
        assertThat(member.getWithHeaders("/m/wiki/assets/wiki.css").statusCode()).isEqualTo(200);
    }

    @Test
    void uploadedFilesAndFieldsReachThePluginOnlyWithTheCsrfToken() {
        member.get("/");
        Page upload = member.postFile("/m/probe/upload", Map.of("_csrf", member.csrf(), "title", "Minutes"), "file",
                "minutes.txt", "text/plain", "We met.".getBytes(StandardCharsets.UTF_8));
        assertThat(upload.status()).as(upload.body().replaceAll("(?s).*<main", "<main")).isEqualTo(200);
        JsonObject received = upload.jsonObject();
        assertThat(received.getString("title")).isEqualTo("Minutes");
        assertThat(received.getString("name")).isEqualTo("minutes.txt");
        assertThat(received.getInt("size")).isEqualTo(7);
        assertThat(received.getString("text")).isEqualTo("We met.");
        Page forged = member.postFile("/m/probe/upload", Map.of("title", "Forged"), "file", "x.txt", "text/plain",
                new byte[]{1});
        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void filesOverTheUploadLimitAreRefusedInTheReadersLanguage() {
        byte[] big = new byte[1_500_000];
        member.get("/");
        Page refused = member.postFile("/m/probe/upload", Map.of("_csrf", member.csrf(), "title", "Big"), "file",
                "big.bin", "application/octet-stream", big);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).text()).contains("The file is larger than the limit of 1 MB.");

        AgoraClient french = new AgoraClient().acceptLanguage("fr");
        french.signIn(memberEmail, TestAccounts.PASSWORD);
        french.get("/");
        Page refusedInFrench = french.postFile("/m/probe/upload", Map.of("_csrf", french.csrf(), "title", "Gros"),
                "file", "gros.bin", "application/octet-stream", big);
        assertThat(refusedInFrench.status()).isEqualTo(400);
        assertThat(Jsoup.parse(refusedInFrench.body()).text()).contains("Le fichier dépasse la limite de 1 Mo.");
    }

    @Test
    void permissionsHideMenuEntriesAndRefusePages() {
        assertThat(admin.get("/").titled("Feed").text(".agora-menu a.nav-link[href=/m/probe/secret]"))
                .isEqualTo("Probe secret");
        assertThat(admin.get("/m/probe/secret").ok().jsonObject().getString("secret")).isEqualTo("yes");
        Page members = member.get("/").titled("Feed");
        assertThat(members.select(".agora-menu a.nav-link[href=/spaces]")).as("the menu is there").hasSize(1);
        assertThat(members.select("a[href=/m/probe/secret]")).isEmpty();
        assertThat(members.body()).doesNotContain("/m/probe/secret");
        assertThat(member.get("/m/probe/secret").status()).isEqualTo(403);
    }

    @Test
    void hostEventsReachThePlugin() {
        String space = createSpace(admin, "Probe events " + id, "PUBLIC");
        long spaceId = spaceId(admin, space);
        member.get(space);
        assertThat(member.post(space + "/join", Map.of()).status()).isEqualTo(303);
        admin.get(space);
        assertThat(admin.post(space + "/posts", Map.of("text", "Events " + id)).status()).isEqualTo(303);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonObject> events = events();
            assertThat(event(events, "MemberJoined", "a", String.valueOf(spaceId))).as("joined " + events).isTrue();
            assertThat(event(events, "PostPublished", "b", String.valueOf(spaceId))).as("posted " + events).isTrue();
        });
    }

    @Test
    void thePeriodicTaskRuns() {
        Page first = admin.get("/m/probe/ticks");
        assertThat(first.status()).as("the probe counts its ticks: " + first).isEqualTo(200);
        assertThat(first.jsonObject().getJsonNumber("ticks").longValue()).isNotNegative();
        await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            Page ticks = admin.get("/m/probe/ticks");
            assertThat(ticks.status()).as(ticks.toString()).isEqualTo(200);
            assertThat(ticks.jsonObject().getJsonNumber("ticks").longValue()).isPositive();
        });
    }

    @Test
    void aPluginNotificationAppearsInTheReadersList() {
        member.get("/");
        String text = "Probe says hello " + id;
        assertThat(member.post("/m/probe/notify", Map.of("text", text, "board", "0")).status()).isEqualTo(200);
        Page list = member.get("/notifications").titled("Notifications");
        Element link = list.select(".notification-link").stream().filter(a -> a.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " in " + list.text(".notification-list")));
        assertThat(admin.get("/notifications").titled("Notifications").body()).doesNotContain(text);
        assertThat(link.attr("href")).matches("/notifications/\\d+");
        Page opened = member.get(link.attr("href"));
        assertThat(opened.location()).isEqualTo("/m/probe/board?space=0");
    }

    @Test
    void administratorsExportAndEraseWhatPluginsKeepAboutAPerson() {
        // erasing ends the account: someone of their own, not the member the other tests sign in as
        String leavingEmail = "probe-leaving-" + id + "@agora.test";
        AgoraClient leaving = TestAccounts.member("Paul Probe", leavingEmail);
        leaving.get("/");
        String note = "My note " + id;
        assertThat(leaving.post("/m/probe/mine", Map.of("text", note)).ok().jsonObject()).containsKey("owner");
        Page found = admin.get("/admin/privacy/find?email=" + leavingEmail);
        assertThat(found.status()).isEqualTo(200);
        Matcher person = Pattern.compile("/admin/privacy-export/(\\d+)").matcher(found.body());
        assertThat(person.find()).isTrue();
        String personId = person.group(1);
        Page export = admin.get("/admin/privacy-export/" + personId);
        assertThat(export.contentType()).startsWith("application/json");
        JsonObject probe = export.jsonObject().getJsonObject("plugins").getJsonObject("probe");
        assertThat(probe).as("the probe module's section").isNotNull();
        assertThat(probe.toString()).contains(note);
        assertThat(probe.getJsonObject("data").getInt("probeNotes")).isEqualTo(1);
        assertThat(leaving.get("/admin/privacy-export/" + personId).status()).isEqualTo(403);
        Page erased = Privacy.erase(admin, Long.parseLong(personId));
        assertThat(Forms.html(erased).select("tr[data-step=plugins]").text()).contains("probe");
        Page after = admin.get("/admin/privacy-export/" + personId).ok();
        assertThat(after.jsonObject().getJsonObject("plugins").getJsonObject("probe").getJsonObject("data")
                .getInt("probeNotes")).isZero();
        assertThat(after.body()).doesNotContain(note);
        assertThat(admin.get("/m/probe/erasures").ok().jsonArray().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("person")).contains(personId);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(event(events(), "PersonErased", "a", personId)).isTrue());
        assertThat(admin.get("/admin/privacy/find?email=nobody-" + id + "@agora.test").status()).isEqualTo(400);
    }

    @Test
    void recordQueriesFilterOrderAndPage() {
        admin.get("/");
        String collection = "q" + id.replaceAll("[^A-Za-z0-9]", "");
        assertThat(admin.post("/m/probe/seed", Map.of("col", collection, "n", "300", "cats", "10")).ok().jsonObject()
                .getInt("stored")).isEqualTo(300);
        JsonObject page = admin.get("/m/probe/query?col=" + collection + "&cat=c7&order=seq&offset=2&limit=3").ok()
                .jsonObject();
        assertThat(page.getInt("count")).isEqualTo(30);
        assertThat(page.getJsonArray("seq").getValuesAs(JsonString::getString))
                .containsExactly("00000027", "00000037", "00000047");
        JsonObject last = admin.get("/m/probe/query?col=" + collection + "&order=seq&desc&limit=2").ok().jsonObject();
        assertThat(last.getJsonArray("seq").getValuesAs(JsonString::getString)).containsExactly("00000299", "00000298");
        assertThat(last.getInt("count")).isEqualTo(300);
        assertThat(admin.get("/m/probe/query?col=" + collection + "&cat=none").ok().jsonObject().getInt("count"))
                .isZero();
    }

    @Test
    void theWikiHasPagesPerSpaceBehindTheSpacesTabInEnglishAndFrench() {
        String space = createSpace(admin, "Wiki team " + id, "PRIVATE");
        String home = "/m/wiki/" + WikiIT.wikiOf(admin, space);
        String spaceQuery = home.substring(home.indexOf('?'));
        assertThat(admin.get(home).body()).contains("Wiki of Wiki team " + id).contains("/m/wiki/assets/wiki.css");
        admin.get("/m/wiki/new" + spaceQuery);
        Page saved = admin.post("/m/wiki/new" + spaceQuery, Map.of("title", "Rota " + id, "text", "Who does what"));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).endsWith(spaceQuery);
        assertThat(admin.get(saved.location()).ok().text()).contains("Who does what");
        Page companyWiki = admin.get("/m/wiki/").titled("Wiki");
        assertThat(companyWiki.body()).as("not in the company wiki").doesNotContain("Rota " + id);
        assertThat(member.get(saved.location()).status()).as("outsiders of the private space").isEqualTo(404);
        assertThat(member.get(saved.location().replaceAll("\\?.*", "")).status()).isEqualTo(404);
        AgoraClient french = TestAccounts.admin().acceptLanguage("fr");
        assertThat(french.get(home).body()).contains("Nouvelle page").contains("Wiki de Wiki team " + id);
        assertThat(french.get("/m/wiki/new" + spaceQuery).body()).contains("Enregistrer la page");
    }
}
