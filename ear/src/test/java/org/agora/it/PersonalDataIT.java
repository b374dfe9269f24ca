package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.agora.it.probe.ProbeJar;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient.FilePart;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Alone;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.Posts;
import org.agora.it.support.Privacy;
import org.agora.it.support.SampleFiles;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Personal data: the archive holds every kind of data a person leaves in Agora and their files; erasure leaves
 * nothing of them on any page, feed, search, suggestion or export; an erasure that fails resumes; deactivation.
 */
@AgoraTest
@Alone
class PersonalDataIT {

    private final String id = Agora.unique("gdpr");
    private final AgoraClient admin = TestAccounts.admin();

    /** Someone who uses every feature once, with a colleague who mentions them. */
    private record Trail(AgoraClient person, long personId, String name, String email, String handle,
                         AgoraClient colleague, long colleagueId, String space, long postId, long mentionId,
                         String imageKey) {
    }

    /** @return the key of an image pasted into a text, as the editor uploads it */
    private static String pasteImage(AgoraClient person) {
        person.get("/");
        Page stored = person.postFile("/images", Map.of("_csrf", person.csrf()), "image",
                "plan.png", "image/png", SampleFiles.png());
        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        return stored.body().replaceAll("(?s).*\"url\"\\s*:\\s*\"/images/([0-9a-f]{32})\".*", "$1");
    }

    private Trail fill(String first) {
        String name = first + " Gdpr" + id.replaceAll("[^a-z0-9]", "");
        String handle = first.toLowerCase() + "-" + id;
        String email = handle + "@agora.test";
        AgoraClient person = TestAccounts.member(name, email);
        AgoraClient colleague = TestAccounts.member("Carl Colleague " + id, "carl-" + id + "@agora.test");
        long personId = Privacy.personId(admin, email);
        long colleagueId = Privacy.personId(admin, "carl-" + id + "@agora.test");

        person.get("/profile");
        Map<String, String> profile = new HashMap<>(Map.of("location", "Lyon " + id, "phone", "+33 6 " + id.length(),
                "bio", "Bio of " + id, "expertise", "Privacy" + id.replaceAll("[^a-z0-9]", ""), "interests", "Climbing",
                "link1Label", "Blog", "link1Url", "https://blog.example.com/" + handle));
        for (String f : new String[] {"location", "phone", "bio", "expertise", "interests", "links"}) {
            profile.put(f + "Visibility", "EVERYONE");
        }
        assertThat(person.post("/profile", profile).status()).isEqualTo(303);
        person.get("/profile");
        assertThat(person.postFile("/profile/photo", Map.of("_csrf", person.csrf()), "photo", "me.png", "image/png",
                SampleFiles.image("png", 300, 300)).status()).isEqualTo(303);
        person.get("/profile");
        assertThat(person.post("/profile/time-zone", Map.of("timeZone", "Europe/Paris")).status()).isEqualTo(303);

        person.get("/spaces");
        String space = Spaces.create(person, "Gdpr space " + id, "PUBLIC");
        person.get(space);
        Page posted = person.postFiles(space + "/posts", Map.of("_csrf", person.csrf(),
                "text", "First draft " + id + " #gdpr" + id.replaceAll("[^a-z0-9]", "")),
                List.of(new FilePart("files", "notes-" + id + ".txt", "text/plain",
                        ("attached " + id).getBytes(StandardCharsets.UTF_8))));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(303);
        long postId = Posts.postId(person.get(space).body(), "First draft " + id);
        person.get("/posts/" + postId + "/edit");
        assertThat(person.post("/posts/" + postId + "/edit", Map.of("text", "Final text " + id + " #gdpr"
                + id.replaceAll("[^a-z0-9]", ""))).status()).isEqualTo(303);
        Posts.comment(person, postId, "My comment " + id);
        String imageKey = pasteImage(person);
        person.get(space + "/documents");
        assertThat(person.postFile(space + "/documents", Map.of("_csrf", person.csrf()), "file",
                "handbook-" + id + ".txt", "text/plain", ("handbook " + id).getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(303);

        person.get("/m/wiki/new");
        assertThat(person.post("/m/wiki/new", Map.of("title", "Wiki page " + id, "text", "Written by me " + id))
                .status()).isEqualTo(303);
        colleague.get("/");
        assertThat(colleague.post("/posts", Map.of("text", "Thanks @" + handle + " for the help " + id)).status())
                .isEqualTo(303);
        long mentionId = Posts.postId(colleague.get("/").body(), "for the help " + id);
        // a former version that names the person, which moderators can read
        colleague.get("/posts/" + mentionId + "/edit");
        assertThat(colleague.post("/posts/" + mentionId + "/edit", Map.of("text",
                "Thanks @" + handle + " for the help " + id + " and the review")).status()).isEqualTo(303);
        person.get("/posts/" + mentionId);
        assertThat(person.post("/posts/" + mentionId + "/reactions", Map.of("kind", "LIKE")).status()).isEqualTo(303);
        assertThat(person.post("/posts/" + mentionId + "/bookmark", Map.of()).status()).isEqualTo(303);
        person.get("/people/" + colleagueId);
        assertThat(person.post("/people/" + colleagueId + "/follow", Map.of("follow", "true")).status())
                .isEqualTo(303);
        person.get("/hashtags/privacy" + id.replaceAll("[^a-z0-9]", ""));
        assertThat(person.post("/hashtags/privacy" + id.replaceAll("[^a-z0-9]", "") + "/follow", Map.of()).status())
                .isEqualTo(303);
        admin.get("/");
        assertThat(admin.post("/announcements", Map.of("text", "News for all " + id)).status()).isEqualTo(303);
        Element news = person.get("/").titled("Feed").select("#announcements .card.announcement").stream()
                .filter(a -> a.text().contains("News for all " + id)).findFirst().orElseThrow();
        assertThat(person.post(news.selectFirst("form[action$=/read]").attr("action"), Map.of()).status())
                .isEqualTo(303);
        return new Trail(person, personId, name, email, handle, colleague, colleagueId, space, postId, mentionId,
                imageKey);
    }

    @Test
    void theArchiveHoldsEveryKindOfDataAndTheFilesThePersonUploaded() throws IOException {
        Trail t = fill("Zoe");
        JsonObject export = admin.get("/admin/privacy-export/" + t.personId()).ok().jsonObject();
        assertThat(export).containsKeys("host", "plugins");
        assertThat(export.getJsonObject("host").getJsonObject("posts").getJsonArray("posts")
                .getValuesAs(JsonObject.class)).extracting(p -> p.getString("body", ""))
                .anySatisfy(body -> assertThat(body).contains("Final text " + id));

        HttpResponse<byte[]> download = admin.download("/admin/privacy-archive/" + t.personId());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        Map<String, byte[]> zip = unzip(download.body());

        JsonObject account = json(zip, "account.json");
        assertThat(account.getJsonArray("account").getJsonObject(0).getString("email")).isEqualTo(t.email());
        assertThat(account.toString()).doesNotContain("password");
        assertThat(account.getJsonArray("timeZone").getJsonObject(0).getString("zone_id")).isEqualTo("Europe/Paris");
        assertThat(json(zip, "images.json").getJsonArray("inlineImages").getJsonObject(0).getString("image_key"))
                .isEqualTo(t.imageKey());
        assertThat(zip.get("files/images/" + t.imageKey() + "-plan.png")).isEqualTo(SampleFiles.png());
        JsonObject profile = json(zip, "profile.json").getJsonArray("profile").getJsonObject(0);
        assertThat(profile.getString("bio")).isEqualTo("Bio of " + id);
        assertThat(profile.getString("bio_visibility")).isEqualTo("EVERYONE");
        assertThat(json(zip, "profile.json").toString()).contains("https://blog.example.com/" + t.handle());
        assertThat(rows(json(zip, "memberships.json"), "memberships"))
                .filteredOn(m -> m.getString("space_name").equals("Gdpr space " + id)).singleElement()
                .satisfies(m -> assertThat(m.getString("role")).isEqualTo("OWNER"));
        JsonObject posts = json(zip, "posts.json");
        assertThat(posts.getJsonArray("posts").toString()).contains("Final text " + id);
        assertThat(posts.getJsonArray("revisions").toString()).contains("First draft " + id);
        assertThat(posts.getJsonArray("attachments").toString()).contains("notes-" + id + ".txt");
        assertThat(posts.getJsonArray("hashtags").toString()).contains("gdpr");
        assertThat(json(zip, "comments.json").toString()).contains("My comment " + id);
        assertThat(rows(json(zip, "reactions.json"), "reactions"))
                .filteredOn(r -> r.getString("target_type").equals("POST")
                        && r.getJsonNumber("target_id").longValue() == t.mentionId()).singleElement()
                .satisfies(r -> assertThat(r.getString("kind")).isEqualTo("LIKE"));
        assertThat(numbers(json(zip, "bookmarks.json"), "bookmarks", "post_id")).contains(t.mentionId());
        JsonObject follows = json(zip, "follows.json");
        assertThat(numbers(follows, "follows", "target_id")).contains(t.colleagueId());
        assertThat(follows.getJsonArray("hashtags").toString()).contains("privacy");
        assertThat(numbers(json(zip, "mentions.json"), "mentionedIn", "post_id")).contains(t.mentionId());
        assertThat(json(zip, "announcements.json").getJsonArray("read")).isNotEmpty();
        assertThat(numbers(json(zip, "notifications.json"), "notifications", "post_id")).contains(t.mentionId());
        JsonObject documents = json(zip, "documents.json");
        assertThat(documents.getJsonArray("documents").toString()).contains("handbook-" + id + ".txt");
        assertThat(numbers(documents, "versions", "number")).contains(1L);
        assertThat(json(zip, "imports.json")).containsKeys("importsRun", "linesAboutThem");
        assertThat(json(zip, "administratorAccess.json").toString()).contains(TestAccounts.ADMIN_NAME)
                .contains("EXPORT");
        assertThat(zip).containsKey("plugins.json");

        assertThat(zip.get("files/photo.jpg")).isNotEmpty();
        String attachment = zip.keySet().stream().filter(n -> n.startsWith("files/attachments/" + t.postId() + "-"))
                .findFirst().orElseThrow();
        assertThat(attachment).endsWith("-notes-" + id + ".txt");
        assertThat(new String(zip.get(attachment), StandardCharsets.UTF_8)).isEqualTo("attached " + id);
        assertThat(zip.keySet()).anySatisfy(name -> assertThat(name).startsWith("files/documents/")
                .endsWith("-v1-handbook-" + id + ".txt"));
        assertThat(t.person().get("/admin/privacy-archive/" + t.personId()).status()).isEqualTo(403);

        // in the background, as the person would from My data, with a link for this administrator
        admin.get("/admin/privacy/find?email=" + t.email());
        assertThat(admin.post("/admin/privacy/" + t.personId() + "/archive", Map.of()).status()).isEqualTo(303);
        String[] link = new String[1];
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            link[0] = Forms.html(admin.get("/admin/privacy/find?email=" + t.email())).select(".archive a.download")
                    .attr("href");
            assertThat(link[0]).startsWith("/archives/");
        });
        assertThat(unzip(admin.download(link[0]).body())).containsKeys("account.json", "files/photo.jpg");
        assertThat(t.colleague().download(link[0]).statusCode()).as("someone else").isEqualTo(404);
        assertThat(Forms.html(t.person().get("/profile/data")).select("table.accesses").text())
                .contains(TestAccounts.ADMIN_NAME).contains("Exported your data");
    }

    @Test
    void afterErasureNoPageFeedSearchSuggestionOrExportShowsThePerson() {
        Trail t = fill("Yann");
        Privacy.policy(admin, "KEEP_CONTENT");
        try {
            assertThat(Forms.html(admin.get("/admin/privacy/find?email=" + t.email())).select(".erase-policy").text())
                    .contains("former employee");
            Page report = Privacy.erase(admin, t.personId());
            assertThat(Forms.html(report).select("tr[data-step=traces]").text()).contains("reactions=1")
                    .contains("bookmarks=1");
        } finally {
            Privacy.policy(admin, "DELETE_CONTENT");
        }
        AgoraClient reader = t.colleague();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(shown(reader.get("/search?q=" + enc(t.name())).titled("Search")))
                        .doesNotContain(t.name()));
        String shortName = t.name().substring(t.name().indexOf(' ') + 1);
        List<String> pages = List.of("/", "/posts/" + t.postId(), "/posts/" + t.mentionId(), t.space(),
                t.space() + "/members", t.space() + "/documents", "/people/" + t.personId(),
                "/people?q=" + enc(shortName), "/people/suggest?q=" + enc(t.handle()),
                "/people/suggest?q=" + enc(shortName), "/search?q=" + enc(shortName), "/search?q=" + enc(t.handle()),
                "/search?q=" + enc("Final text " + id), "/notifications", "/people/" + t.colleagueId(),
                "/hashtags/gdpr" + id.replaceAll("[^a-z0-9]", ""), "/search?q=" + enc("Written by me " + id),
                "/m/wiki/");
        for (String path : pages) {
            Page page = reader.get(path);
            assertThat(page.status()).as(path + ": " + page).isEqualTo(200);
            assertThat(shown(page)).as(path).doesNotContain(shortName).doesNotContain(t.email())
                    .doesNotContain(t.handle()).doesNotContain("/people/" + t.personId() + "/photo?");
        }
        Page people = admin.get("/admin/people").ok();
        assertThat(people.select("table tbody tr")).as("the administration lists the others").isNotEmpty();
        assertThat(people.body()).doesNotContain(shortName).doesNotContain(t.email());
        Page colleagues = admin.get("/admin/privacy-export/" + t.colleagueId()).ok();
        assertThat(rows(colleagues.jsonObject().getJsonObject("host").getJsonObject("account"), "account").get(0)
                .getString("status")).as("the colleague's own export").isEqualTo("ACTIVE");
        assertThat(colleagues.body()).doesNotContain(shortName).doesNotContain(t.email());
        assertThat(reader.get("/people/" + t.personId() + "/photo").status()).isEqualTo(404);
        // the company keeps the post readable, under a former employee
        Document kept = Forms.html(reader.get("/posts/" + t.postId()));
        assertThat(kept.text()).contains("Final text " + id);
        assertThat(kept.select(".post-author").text()).isEqualTo("Former employee");
        assertThat(kept.select(".post-author a[href]")).as("no profile to link to").isEmpty();
        AgoraClient french = TestAccounts.member("Félix Lecteur " + id, "felix." + id + "@agora.test")
                .acceptLanguage("fr-FR,fr;q=0.9");
        assertThat(Forms.html(french.get("/posts/" + t.postId())).select(".post-author").text())
                .as("each reader reads \"former employee\" in their language").isEqualTo("Ancien·ne salarié·e");
        assertThat(Forms.html(reader.get("/posts/" + t.mentionId())).select(".rich-text").text())
                .contains("Thanks @former-employee for the help");
        Page history = t.colleague().get("/posts/" + t.mentionId() + "/history").ok();
        assertThat(Forms.html(history).select(".revision .rich-text").text()).as("former versions name nobody either")
                .contains("Thanks @former-employee for the help");
        assertThat(history.body()).doesNotContain(t.handle());
        assertThat(new AgoraClient().signIn(t.email(), TestAccounts.PASSWORD).status()).isEqualTo(401);
        assertThat(t.person().get("/").status()).as("the erased person's session ends").isNotEqualTo(200);
        Page export = admin.get("/admin/privacy-export/" + t.personId()).ok();
        JsonObject host = export.jsonObject().getJsonObject("host");
        assertThat(rows(host.getJsonObject("account"), "account").get(0).getString("status")).isEqualTo("ERASED");
        assertThat(rows(host.getJsonObject("reactions"), "reactions")).isEmpty();
        assertThat(rows(host.getJsonObject("memberships"), "memberships")).isEmpty();
        assertThat(export.body()).doesNotContain(shortName).doesNotContain(t.email()).doesNotContain("Bio of " + id);
    }

    @Test
    void anErasureThatStopsHalfwayHidesThePersonAndResumesToTheEnd() {
        // the probe module refuses to erase whom it is told, as a module whose storage is down would
        ProbeJar.installOnce();
        String name = "Rita Resume" + id.replaceAll("[^a-z0-9]", "");
        String email = "rita-" + id + "@agora.test";
        AgoraClient rita = TestAccounts.member(name, email);
        rita.get("/");
        byte[] notes = ("Rita's notes " + id).getBytes(StandardCharsets.UTF_8);
        Page posted = rita.postFiles("/posts", Map.of("_csrf", rita.csrf(), "text", "Rita writes " + id),
                List.of(new FilePart("files", "notes.txt", "text/plain", notes)));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(303);
        assertThat(Agora.storedFile(notes)).as("her attachment on the server's disk").exists();
        long ritaId = Privacy.personId(admin, email);
        long postId = Posts.postId(rita.get("/").body(), "Rita writes " + id);
        String image = "/images/" + pasteImage(rita);
        assertThat(rita.download(image).statusCode()).isEqualTo(200);
        admin.get("/");
        assertThat(admin.post("/m/probe/refuse-erasure", Map.of("person", "" + ritaId)).status()).isEqualTo(200);

        String erasure = Privacy.startErasure(admin, ritaId);
        Page failed = Privacy.awaitErasure(admin, erasure, "FAILED");
        assertThat(Forms.html(failed).select("tr[data-step=hide]").text()).contains("profile=");
        assertThat(Forms.one(failed, "button.resume")).isNotNull();
        // stopped halfway, yet nothing names her any more
        Page profile = admin.get("/people/" + ritaId).ok();
        assertThat(profile.select(Posts.TEXT).eachText()).as("her posts, under nobody's name")
                .contains("Rita writes " + id);
        assertThat(profile.body()).doesNotContain(name);
        Page post = admin.get("/posts/" + postId).titled("Post");
        assertThat(post.text("#post-" + postId + " > .card-body > .rich-text")).isEqualTo("Rita writes " + id);
        assertThat(post.body()).doesNotContain(name).doesNotContain(email);
        assertThat(admin.get("/admin/privacy").body()).contains("/admin/privacy/erasures/");

        assertThat(admin.post("/m/probe/allow-erasure", Map.of()).status()).isEqualTo(200);
        admin.get(erasure);
        Page resumed = admin.post(erasure + "/resume", Map.of());
        assertThat(resumed.status()).isEqualTo(303);
        Page done = Privacy.awaitErasure(admin, resumed.location(), "COMPLETED");
        assertThat(Forms.html(done).select("tr[data-step=content]").text()).contains("posts=1");
        assertThat(Forms.html(done).select("tr[data-step=hide]").text()).contains("profile=");
        assertThat(admin.get("/posts/" + postId).status()).isEqualTo(404);
        assertThat(Forms.html(done).select("tr[data-step=content]").text()).contains("images=1");
        assertThat(admin.download(image).statusCode()).as("the image she pasted went with her texts").isEqualTo(404);
        // her attachment's bytes leave the disk too
        await().atMost(Duration.ofSeconds(20)).until(() -> !Files.exists(Agora.storedFile(notes)));
        assertThat(admin.get("/m/probe/erasures").ok().jsonArray().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("person")).contains(String.valueOf(ritaId));
        admin.get(resumed.location());
        assertThat(admin.post(resumed.location() + "/resume", Map.of()).status()).as("nothing left to resume")
                .isEqualTo(400);
        assertThat(admin.get("/admin/privacy/find?email=" + email).status()).as("her address is gone").isEqualTo(400);
    }

    @Test
    void aDeactivatedPersonCannotSignInKeepsTheirContentAndCanComeBack() {
        String name = "Dan Departed" + id.replaceAll("[^a-z0-9]", "");
        String email = "dan-" + id + "@agora.test";
        AgoraClient dan = TestAccounts.member(name, email);
        dan.get("/");
        assertThat(dan.post("/posts", Map.of("text", "Dan says " + id)).status()).isEqualTo(303);
        long danId = Privacy.personId(admin, email);
        admin.get("/admin/privacy/find?email=" + email);
        assertThat(admin.post("/admin/privacy/" + danId + "/deactivate", Map.of()).status()).isEqualTo(303);
        assertThat(Forms.html(admin.get("/admin/privacy/find?email=" + email)).select(".account-status").text())
                .contains("Former employee");

        assertThat(dan.get("/").status()).as("his session ends").isNotEqualTo(200);
        assertThat(new AgoraClient().signIn(email, TestAccounts.PASSWORD).status()).isEqualTo(401);
        assertThat(admin.get("/").body()).contains("Dan says " + id);
        Page directory = admin.get("/people?q=" + enc(name)).titled("People");
        assertThat(directory.select("[data-person=" + danId + "], a[href=/people/" + danId + "]")).isEmpty();
        Page suggested = admin.get("/people/suggest?q=dan-" + id).ok();
        assertThat(suggested.body()).isEqualTo("[]");

        admin.get("/admin/privacy/find?email=" + email);
        assertThat(admin.post("/admin/privacy/" + danId + "/reactivate", Map.of()).status()).isEqualTo(303);
        AgoraClient back = new AgoraClient();
        assertThat(back.signIn(email, TestAccounts.PASSWORD).status()).isEqualTo(303);
        assertThat(back.get("/").status()).isEqualTo(200);
        admin.get("/admin/privacy/find?email=" + email);
        assertThat(admin.post("/admin/privacy/" + danId + "/erase", Map.of()).status()).as("not confirmed")
                .isEqualTo(400);
    }

    /** @return the page without what only repeats the reader's query (the search box, "nothing matches q") */
    private static String shown(Page page) {
        if (page.contentType() != null && page.contentType().startsWith("application/json")) {
            return page.body();
        }
        org.jsoup.nodes.Document html = Forms.html(page);
        html.select("input, .result-count, a[href^=/search?]").remove();
        return html.outerHtml();
    }

    private static Map<String, byte[]> unzip(byte[] archive) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static JsonObject json(Map<String, byte[]> zip, String name) {
        assertThat(zip).containsKey(name);
        return Json.createReader(new StringReader(new String(zip.get(name), StandardCharsets.UTF_8))).readObject();
    }

    /** @return the rows of one section of an export's kind, such as the memberships of memberships.json */
    private static List<JsonObject> rows(JsonObject kind, String section) {
        return kind.getJsonArray(section).getValuesAs(JsonObject.class);
    }

    /** @return the numbers a column holds in a section's rows, leaving out the rows where it is empty */
    private static List<Long> numbers(JsonObject kind, String section, String column) {
        return rows(kind, section).stream().filter(r -> !r.isNull(column))
                .map(r -> r.getJsonNumber(column).longValue()).toList();
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
