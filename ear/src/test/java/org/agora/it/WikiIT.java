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
import org.jsoup.nodes.Element;
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
        String base = client.get(action(page, "edit")).ok().one("form.wiki-editor input[name=base]").val();
        assertThat(base).as("the revision the form started from").matches("\\d+");
        return client.post(action(page, "edit"), Map.of("title", title, "text", text, "comment", comment,
                "base", base));
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
        return Spaces.query(Spaces.tab(client, space, "wiki"));
    }

    static long contentId(AgoraClient client, String page) {
        String discuss = client.get(page).ok().one("a.wiki-discuss").attr("href");
        assertThat(discuss).as("the page's discussion link").matches("/posts/\\d+");
        return Long.parseLong(discuss.substring("/posts/".length()));
    }

    /** @return the text a reader reads on the page, whose title is checked first */
    private static String text(AgoraClient reader, String page, String title) {
        return reader.get(page).titled(title).text(".wiki .rich-text");
    }

    @Test
    void aPageIsEditedComparedAndRestored() {
        String title = "Release process " + id;
        String page = create(admin, "", title, "Build the alpha line\nShip it");
        assertThat(edit(admin, page, title, "Build the beta line\nShip it", "beta now").status()).isEqualTo(303);
        assertThat(text(admin, page, title)).isEqualTo("Build the beta line Ship it");

        Page history = admin.get(action(page, "history")).titled("History of " + title);
        assertThat(history.select("tr[data-revision]").eachAttr("data-revision")).containsExactlyInAnyOrder("1", "2");
        assertThat(history.text("tr[data-revision=2]")).contains("beta now").contains(TestAccounts.ADMIN_NAME);
        Page diff = admin.get(action(page, "diff") + "?from=1&to=2").ok();
        assertThat(diff.select(".wiki-diff .line").eachText()).containsExactly(
                "− Build the alpha line", "+ Build the beta line", "Ship it");
        assertThat(diff.select(".wiki-diff .line.removed").eachText()).containsExactly("− Build the alpha line");
        assertThat(diff.select(".wiki-diff .line.added").eachText()).containsExactly("+ Build the beta line");
        assertThat(diff.select(".wiki-diff .line.same").eachText()).containsExactly("Ship it");

        Page restored = admin.post(action(page, "restore"), Map.of("revision", "1"));
        assertThat(restored.status()).isEqualTo(303);
        assertThat(text(admin, page, title)).isEqualTo("Build the alpha line Ship it");
        Page after = admin.get(action(page, "history")).titled("History of " + title);
        assertThat(after.text("tr[data-revision=3]")).contains("Restored revision 1.");
    }

    @Test
    void aLinkToAMissingPageLeadsToItsCreationAndThenToIt() {
        String target = "Travel policy " + id;
        String page = create(admin, "", "Handbook " + id, "Read [[" + target + "]] first.");
        Element missing = admin.get(page).titled("Handbook " + id).one(".rich-text a.wiki-link");
        assertThat(missing.hasClass("missing")).as("a missing page's link").isTrue();
        assertThat(missing.text()).isEqualTo(target);
        assertThat(admin.get(missing.attr("href")).ok().one("form.wiki-editor input[name=title]").val())
                .isEqualTo(target);
        String created = create(admin, "", target, "Trains first.");
        Element link = admin.get(page).titled("Handbook " + id).one(".rich-text a.wiki-link");
        assertThat(link.hasClass("missing")).isFalse();
        assertThat(link.attr("href")).isEqualTo(created);
        assertThat(link.text()).isEqualTo(target);
        assertThat(admin.get(created).titled(target).select(".wiki-backlinks a").eachText())
                .containsExactly("Handbook " + id);
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
        Element image = admin.get(page).titled("Office map " + id).one(".wiki-images a img[alt=map.png]");
        assertThat(image.attr("src")).contains("/thumbnail");
        assertThat(admin.download(image.attr("src")).statusCode()).isEqualTo(200);
        assertThat(admin.download(image.parent().attr("href")).statusCode()).isEqualTo(200);
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
        String below = client.get(page).ok().one("a[href*=/new?parent=]").attr("href");
        return Long.parseLong(below.replaceAll(".*/new\\?parent=(\\d+).*", "$1"));
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
