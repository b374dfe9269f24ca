package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Forms;
import org.agora.it.support.Page;
import org.agora.it.support.SampleFiles;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The wiki plugin on the real host: pages with history, diffs and restore, links to missing pages, export and
 * import, the feed's edit cards, mentions, and comments on a page's discussion.
 */
@AgoraTest
class WikiIT {

    private static String id;
    private static AgoraClient admin;

    @BeforeAll
    static void people() {
        id = Agora.unique("w");
        admin = TestAccounts.admin();
    }

    /** Creates a page and answers its address, such as {@code /m/wiki/page/rota?space=3}. */
    static String create(AgoraClient client, String query, String title, String text) {
        client.get("/m/wiki/new" + query);
        Page saved = client.post("/m/wiki/new" + query, Map.of("title", title, "text", text));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(303);
        return saved.location();
    }

    /** Opens the edit form, then saves from the revision it showed. */
    static Page edit(AgoraClient client, String page, String title, String text, String comment) {
        String form = client.get(action(page, "edit")).body();
        Matcher base = Pattern.compile("name=\"base\" value=\"(\\d+)\"").matcher(form);
        assertThat(base.find()).as("the revision the form started from").isTrue();
        return client.post(action(page, "edit"), Map.of("title", title, "text", text, "comment", comment,
                "base", base.group(1)));
    }

    /** @return the address of an action on a page, keeping its {@code ?space=} */
    static String action(String page, String action) {
        int q = page.indexOf('?');
        return q < 0 ? page + "/" + action : page.substring(0, q) + "/" + action + page.substring(q);
    }

    static String createSpace(AgoraClient client, String name, String kind) {
        return Spaces.create(client, name, "About " + name, kind);
    }

    /** @return {@code ?space=ID} of a space's wiki, from its tab */
    static String wikiOf(AgoraClient client, String space) {
        Matcher tab = Pattern.compile("href=\"/m/wiki/(\\?space=\\d+)\"").matcher(client.get(space).body());
        assertThat(tab.find()).as("the wiki tab of " + space).isTrue();
        return tab.group(1);
    }

    static long contentId(AgoraClient client, String page) {
        Matcher m = Pattern.compile("href=\"/posts/(\\d+)\"[^>]*>Discuss").matcher(client.get(page).body());
        assertThat(m.find()).as("the page's discussion link").isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void aPageIsEditedComparedAndRestored() {
        String title = "Release process " + id;
        String page = create(admin, "", title, "Build the alpha line\nShip it");
        assertThat(edit(admin, page, title, "Build the beta line\nShip it", "beta now").status()).isEqualTo(303);
        assertThat(admin.get(page).body()).contains("beta line").doesNotContain("alpha line");

        String history = admin.get(action(page, "history")).body();
        assertThat(history).contains("beta now").contains(TestAccounts.ADMIN_NAME).contains("data-revision=\"2\"");
        Page diff = admin.get(action(page, "diff") + "?from=1&to=2");
        assertThat(diff.status()).isEqualTo(200);
        assertThat(diff.body()).contains("class=\"line removed\">− Build the alpha line<")
                .contains("class=\"line added\">+ Build the beta line<").contains("class=\"line same\">  Ship it<");

        Page restored = admin.post(action(page, "restore"), Map.of("revision", "1"));
        assertThat(restored.status()).isEqualTo(303);
        assertThat(admin.get(page).body()).contains("alpha line").doesNotContain("beta line");
        assertThat(admin.get(action(page, "history")).body()).contains("data-revision=\"3\"")
                .contains("Restored revision 1.");
    }

    @Test
    void aLinkToAMissingPageLeadsToItsCreationAndThenToIt() {
        String target = "Travel policy " + id;
        String page = create(admin, "", "Handbook " + id, "Read [[" + target + "]] first.");
        Matcher missing = Pattern.compile("<a class=\"wiki-link missing\" href=\"([^\"]+)\">" + Pattern.quote(target))
                .matcher(admin.get(page).body());
        assertThat(missing.find()).as("a missing page's link").isTrue();
        String form = missing.group(1).replace("&amp;", "&");
        assertThat(admin.get(form).body()).contains("value=\"" + target + "\"");
        String created = create(admin, "", target, "Trains first.");
        assertThat(admin.get(page).body()).contains("<a class=\"wiki-link\" href=\"" + created + "\">" + target + "</a>");
        assertThat(admin.get(created).body()).contains("Pages that link here").contains("Handbook " + id);
    }

    @Test
    void aWikiExportsAsAZipAndImportsFromOne() throws IOException {
        String from = wikiOf(admin, createSpace(admin, "Export " + id, "PUBLIC"));
        String parent = create(admin, from, "Processes " + id, "All of them");
        admin.get(parent);
        String child = create(admin, from + "&parent=" + pageId(admin, parent), "Hiring " + id, "Interview");
        assertThat(admin.get(child).body()).contains("Processes " + id);

        HttpResponse<byte[]> zip = admin.download("/m/wiki/export" + from);
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/zip"));
        assertThat(zip.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment"));
        List<String> names = names(zip.body());
        assertThat(names).hasSize(2).anyMatch(n -> n.matches("processes-[a-z0-9-]+\\.md"))
                .anyMatch(n -> n.matches("processes-[a-z0-9-]+/hiring-[a-z0-9-]+\\.md"));

        String to = wikiOf(admin, createSpace(admin, "Import " + id, "PUBLIC"));
        admin.get("/m/wiki/" + to);
        Page imported = admin.postFile("/m/wiki/import" + to, Map.of("_csrf", admin.csrf()), "file", "wiki.zip",
                "application/zip", zip.body());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(303);
        assertThat(admin.get("/m/wiki/" + to).body()).contains("Processes " + id).contains("Hiring " + id);

        admin.get("/m/wiki/" + to);
        Page unsafe = admin.postFile("/m/wiki/import" + to, Map.of("_csrf", admin.csrf()), "file", "evil.zip",
                "application/zip", zip(Map.of("../evil.md", "x")));
        assertThat(unsafe.status()).isEqualTo(400);
        assertThat(unsafe.body()).contains("The name ../evil.md is not allowed");
    }

    @Test
    void editsShowInTheSpaceFeedGroupedPerPageAndPersonAndPagesAreDiscussed() {
        String space = createSpace(admin, "Feed " + id, "PUBLIC");
        String wiki = wikiOf(admin, space);
        String title = "Rota " + id;
        String page = create(admin, wiki, title, "Monday: Ada");
        edit(admin, page, title, "Monday: Bob", "first edit " + id);
        String feed = Forms.html(admin.get(space)).text();
        assertThat(feed).as("the author's edit goes into the page's card").contains(title).contains("Monday: Bob")
                .doesNotContain("first edit " + id);

        AgoraClient cleo = TestAccounts.member("Cleo Editor", "cleo." + id + "@agora.test");
        cleo.get(space);
        assertThat(cleo.post(space + "/join", Map.of()).status()).isEqualTo(303);
        assertThat(edit(cleo, page, title, "Monday: Cleo", "cleo one " + id).status()).isEqualTo(303);
        edit(cleo, page, title, "On call:\n\n| Day | Person |\n|---|---|\n| Monday | Dan |", "cleo two " + id);
        feed = Forms.html(admin.get(space)).text();
        assertThat(feed).contains("cleo two " + id).doesNotContain("cleo one " + id)
                .contains("Day: Monday, Person: Dan.").doesNotContain("|---|");

        long item = contentId(admin, page);
        assertThat(admin.get(page).body()).contains("Discuss (0)");
        admin.get("/posts/" + item);
        assertThat(admin.post("/posts/" + item + "/comments", Map.of("text", "Thanks " + id)).status()).isEqualTo(303);
        assertThat(admin.get("/posts/" + item).body()).contains("Thanks " + id);
        assertThat(admin.get(page).body()).contains("Discuss (1)");
    }

    @Test
    void aMentionInAPageNotifiesThePerson() {
        String handle = Agora.unique("mia");
        AgoraClient mia = TestAccounts.member("Mia " + handle, handle + "@agora.test");
        create(admin, "", "Team list " + id, "Ask @" + handle + " about it.");
        assertThat(mia.get("/notifications").body()).contains(TestAccounts.ADMIN_NAME).contains("mentioned you");
    }

    @Test
    void aPageWhoseItemAModeratorRemovedIsGoneFromTheWiki() {
        String title = "Outdated " + id;
        String page = create(admin, "", title, "Old news");
        long item = contentId(admin, page);
        admin.get("/posts/" + item);
        assertThat(admin.post("/posts/" + item + "/delete", Map.of()).status()).isEqualTo(303);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> admin.get(page).status() == 404);
        Page wiki = admin.get("/m/wiki/").titled("Wiki");
        assertThat(wiki.select("a[href=" + page + "]")).isEmpty();
        assertThat(wiki.body()).doesNotContain(title);
    }

    @Test
    void imagesAndFilesAreAttachedToAPage() {
        String page = create(admin, "", "Office map " + id, "Where to sit");
        admin.get(page);
        Page sent = admin.postFile(action(page, "attach"), Map.of("_csrf", admin.csrf()), "file", "map.png",
                "image/png", SampleFiles.png());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(303);
        String shown = admin.get(page).body();
        assertThat(shown).contains("map.png").containsPattern("<img src=\"/[^\"]+/thumbnail[^\"]*\"");
        Matcher thumb = Pattern.compile("<img src=\"(/[^\"]+)\"").matcher(shown);
        assertThat(thumb.find()).isTrue();
        assertThat(admin.download(thumb.group(1)).statusCode()).isEqualTo(200);
        admin.get(page);
        Page empty = admin.postFile(action(page, "attach"), Map.of("_csrf", admin.csrf()), "file", "", "image/png",
                new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
    }

    @Test
    void theWikiSpeaksFrench() {
        String page = create(admin, "", "Accueil " + id, "Bonjour");
        AgoraClient french = TestAccounts.admin().acceptLanguage("fr");
        assertThat(french.get(page).body()).contains("Historique").contains("Pages qui font un lien ici")
                .contains("Discuter (0)").contains("Modifiée en dernier par");
        assertThat(french.get(action(page, "history")).body()).contains("Historique de Accueil " + id);
    }

    static long pageId(AgoraClient client, String page) {
        Matcher m = Pattern.compile("/new\\?parent=(\\d+)").matcher(client.get(page).body());
        assertThat(m.find()).as("the 'new page below' link").isTrue();
        return Long.parseLong(m.group(1));
    }

    static List<String> names(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var f : files.entrySet()) {
                out.putNextEntry(new ZipEntry(f.getKey()));
                out.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
