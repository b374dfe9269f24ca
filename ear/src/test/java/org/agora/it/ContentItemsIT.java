package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.agora.it.notes.NotesListener;
import org.agora.it.notes.NotesPages;
import org.agora.it.notes.NotesTypes;
import org.agora.it.probe.Json;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Alone;
import org.agora.it.support.Page;
import org.agora.it.support.PluginAdmin;
import org.agora.it.support.PluginJar;
import org.agora.it.support.SampleFiles;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Plugins' content items through the running application, with the "notes" test plugin: they appear in their space's
 * feed as cards, are found by search, notify mentions, carry hashtags, comments, reactions and files, and a private
 * space's items stay hidden from non-members everywhere; a moderator's deletion reaches the plugin.
 */
@AgoraTest
@Alone
class ContentItemsIT {

    private static final Path NOTES = Agora.SERVER_DIR.resolve("plugins").resolve("notes-plugin.jar");

    private static String id;
    private static AgoraClient owner;
    private static AgoraClient insider;
    private static AgoraClient outsider;
    private static String insiderHandle;
    private static String space;
    private static String slug;

    @BeforeAll
    static void installNotes() {
        PluginJar.plugin("notes", "1.0.0").requires("^1.1.0")
                .extension(NotesPages.class).extension(NotesTypes.class).extension(NotesListener.class)
                .withClass(Json.class)
                .entry("i18n/messages.properties", "notes.type.note=Team note\nnotes.type.ping=Ping\n")
                .entry("i18n/messages_fr.properties", "notes.type.note=Note d''équipe\nnotes.type.ping=Signal\n")
                .entry("templates/note.html", "<h1 class=\"note\" th:text=\"${note.title()}\">t</h1>\n")
                .writeTo(NOTES.getParent(), NOTES.getFileName().toString());
        PluginAdmin.rescanAsAdministrator();
    }

    @BeforeAll
    static void people() {
        id = Agora.unique("n");
        owner = TestAccounts.member("Nora Notes " + id, "nora-" + id + "@notes.test");
        insiderHandle = "ines-" + id;
        insider = TestAccounts.member("Ines Inside " + id, insiderHandle + "@notes.test");
        outsider = TestAccounts.member("Oscar Out " + id, "oscar-" + id + "@notes.test");
        space = Spaces.create(owner, "Notes " + id, "PRIVATE");
        slug = Spaces.slug(space);
        owner.get(space + "/members");
        assertThat(owner.post(space + "/members/invite", Map.of("email", insiderHandle + "@notes.test")).status())
                .isEqualTo(303);
        insider.get(space);
        assertThat(insider.post(space + "/join", Map.of()).status()).isEqualTo(303);
    }

    @AfterAll
    static void removeNotes() throws IOException {
        Files.deleteIfExists(NOTES);
    }

    private static long publish(AgoraClient client, String query, Map<String, String> fields) {
        client.get("/");
        Page published = client.post("/m/notes/publish" + query, fields);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return published.jsonObject().getJsonNumber("id").longValue();
    }

    /** @return the strings of a JSON array the notes plugin answers, such as links or items' ids */
    private static List<String> strings(Page page) {
        return page.ok().jsonArray().getValuesAs(JsonString::getString);
    }

    @Test
    void anItemIsACardInItsSpaceFoundBySearchAndHiddenFromNonMembers() {
        String word = Agora.unique("quokka");
        long item = publish(owner, "?space=" + slug, Map.of("title", "Rota " + id, "slug", "rota",
                "text", "Who cleans the " + word + " cage, @" + insiderHandle + "? #rota" + id.replace("-", "")));

        Element card = insider.get(space).titled("Notes " + id).one("#post-" + item);
        assertThat(card.text()).contains("Team note").contains("Who cleans the " + word);
        Element title = card.selectFirst("a.content-title");
        assertThat(title).isNotNull();
        assertThat(title.text()).isEqualTo("Rota " + id);
        assertThat(title.attr("href")).isEqualTo("/m/notes/note/rota");
        assertThat(insider.acceptLanguage("fr").get(space).ok().one("#post-" + item).text()).contains("Note d'équipe");

        // the mention notified the member, and the tag lists the item
        assertThat(insider.acceptLanguage("en").get("/notifications").body()).contains("mentioned you");
        String tag = "rota" + id.replace("-", "");
        assertThat(insider.get("/hashtags/" + tag).body()).contains("Rota " + id);
        Page theirs = outsider.get("/hashtags/" + tag).titled("#" + tag);
        assertThat(theirs.text(".post-count")).isEqualTo("0 posts");
        assertThat(theirs.body()).doesNotContain("Rota " + id);

        // search finds the title and the text, for members only
        Element hit = insider.get("/search?q=" + word).titled("Search").one(".search-hit");
        assertThat(hit.select("a.hit-title").text()).isEqualTo("Rota " + id);
        assertThat(hit.select("a.hit-title").attr("href")).isEqualTo("/m/notes/note/rota");
        assertThat(hit.select(".badge").first().text()).as("the hit is named by its type").isEqualTo("Team note");
        assertThat(insider.get("/search?q=" + word + "&type=notes.note").body()).as("the type is a facet")
                .contains("Rota " + id);
        Page posts = insider.get("/search?q=" + word + "&type=post").titled("Search");
        assertThat(posts.text(".result-count")).startsWith("Nothing matches");
        assertThat(posts.body()).doesNotContain("Rota " + id);
        Page outside = outsider.get("/search?q=" + word).titled("Search");
        assertThat(outside.text(".result-count")).startsWith("Nothing matches");
        assertThat(outside.body()).doesNotContain("Rota " + id);
        // and so does the search the host offers plugins
        assertThat(strings(insider.get("/m/notes/search?q=" + word))).contains("/m/notes/note/rota");
        assertThat(strings(outsider.get("/m/notes/search?q=" + word))).isEmpty();

        // the discussion page and the plugin's own page are the space's: 404 for others
        assertThat(insider.get("/posts/" + item).status()).isEqualTo(200);
        assertThat(outsider.get("/posts/" + item).status()).isEqualTo(404);
        assertThat(outsider.get("/m/notes/item/" + item + "?space=" + slug).status()).isEqualTo(404);
        assertThat(outsider.get("/m/notes/item/" + item).status()).as("no space given: the host still checks")
                .isEqualTo(404);
        assertThat(outsider.get("/").titled("Feed").body()).doesNotContain("Rota " + id);
    }

    @Test
    void commentsAndReactionsComeFromTheHostAndAnUpdateIsSearchedAgain() {
        String before = Agora.unique("wombat");
        String after = Agora.unique("numbat");
        long item = publish(owner, "?space=" + slug, Map.of("title", "Plan " + id, "text", "First " + before));

        insider.get("/posts/" + item);
        assertThat(insider.post("/posts/" + item + "/comments", Map.of("text", "Looks good")).status())
                .isEqualTo(303);
        insider.get("/posts/" + item);
        assertThat(insider.post("/posts/" + item + "/reactions", Map.of("kind", "LIKE")).status()).isEqualTo(303);
        JsonObject read = insider.get("/m/notes/item/" + item).ok().jsonObject();
        assertThat(read.getInt("comments")).isEqualTo(1);
        assertThat(read.getInt("reactions")).isEqualTo(1);
        assertThat(read.getString("discussion")).isEqualTo("/posts/" + item);

        // another member updates it: the author stays, the new text is found and the old one is not
        insider.get("/");
        Page updated = insider.post("/m/notes/update/" + item + "?space=" + slug,
                Map.of("title", "Plan " + id + " v2", "text", "Second " + after));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.jsonObject().getString("author")).isEqualTo("Nora Notes " + id);
        assertThat(updated.jsonObject().getBoolean("edited")).isTrue();
        assertThat(insider.get("/search?q=" + after).body()).contains("Plan " + id + " v2");
        Page old = insider.get("/search?q=" + before).titled("Search");
        assertThat(old.text(".result-count")).startsWith("Nothing matches");
        assertThat(old.body()).doesNotContain("Plan " + id);

        // an item is edited through its plugin, not as a post
        assertThat(owner.get("/posts/" + item + "/edit").status()).isEqualTo(403);
    }

    @Test
    void filesAttachToAnItemAndFollowItsSpace() {
        long item = publish(owner, "?space=" + slug, Map.of("title", "Photos " + id, "text", "See the picture"));
        owner.get("/");
        Page attached = owner.postFile("/m/notes/attach/" + item + "?space=" + slug,
                Map.of("_csrf", owner.csrf()), "file", "cage.png", "image/png", SampleFiles.png());
        assertThat(attached.status()).as(attached.toString()).isEqualTo(200);
        String url = attached.jsonObject().getString("url");
        List<JsonObject> files = insider.get("/m/notes/files/" + item).ok().jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(files).extracting(f -> f.getString("name")).containsExactly("cage.png");
        assertThat(files.get(0).getBoolean("image")).isTrue();
        assertThat(insider.download(url).statusCode()).isEqualTo(200);
        assertThat(outsider.download(url).statusCode()).isEqualTo(404);

        // someone who may not write in the space cannot attach
        outsider.get("/");
        assertThat(outsider.postFile("/m/notes/attach/" + item, Map.of("_csrf", outsider.csrf()), "file", "x.png",
                "image/png",
                SampleFiles.png()).status()).isEqualTo(400);
    }

    @Test
    void aModeratorsDeletionReachesThePluginAndTheItemLeavesSearch() {
        String word = Agora.unique("dingo");
        long item = publish(insider, "?space=" + slug, Map.of("title", "Rumour " + id, "text", "About " + word));
        assertThat(owner.get("/search?q=" + word).body()).contains("Rumour " + id);

        owner.get("/posts/" + item);
        assertThat(owner.post("/posts/" + item + "/delete", Map.of()).status()).isEqualTo(303);
        assertThat(owner.get("/posts/" + item).status()).isEqualTo(404);
        Page gone = owner.get("/search?q=" + word).titled("Search");
        assertThat(gone.text(".result-count")).startsWith("Nothing matches");
        assertThat(gone.body()).doesNotContain("Rumour " + id);
        Page removed = null;
        for (int i = 0; i < 50; i++) {
            removed = owner.get("/m/notes/removed");
            if (strings(removed).contains(String.valueOf(item))) {
                break;
            }
            sleep();
        }
        assertThat(strings(removed)).as("the plugin heard of the deletion").contains(String.valueOf(item));
    }

    @Test
    void recordsAboutAnItemFollowItsVisibilityAndGoWithIt() {
        long item = publish(owner, "?space=" + slug, Map.of("title", "Poll " + id, "text", "Vote"));
        owner.get("/");
        assertThat(owner.post("/m/notes/vote/" + item, Map.of()).status()).isEqualTo(200);
        long open = publish(outsider, "", Map.of("title", "Open poll " + id, "text", "Vote too"));
        outsider.get("/");
        assertThat(outsider.post("/m/notes/vote/" + open, Map.of()).status()).isEqualTo(200);

        // the outsider reads only the vote about the company-wide item; a member reads both
        assertThat(strings(outsider.get("/m/notes/votes"))).contains(String.valueOf(open))
                .doesNotContain(String.valueOf(item));
        assertThat(strings(insider.get("/m/notes/votes"))).contains(String.valueOf(open), String.valueOf(item));

        // a record cannot be tied to an item the plugin does not have
        assertThat(owner.post("/m/notes/vote/" + (open + 1_000_000), Map.of()).status()).isEqualTo(400);

        owner.get("/posts/" + item);
        assertThat(owner.post("/posts/" + item + "/delete", Map.of()).status()).isEqualTo(303);
        Page votes = owner.get("/m/notes/votes").ok();
        assertThat(votes.contentType()).startsWith("application/json");
        assertThat(strings(votes)).contains(String.valueOf(open)).doesNotContain(String.valueOf(item));
    }

    @Test
    void theHostRefusesUndeclaredTypesAndKeepsNonSearchableTypesOutOfSearch() {
        owner.get("/");
        Page refused = owner.post("/m/notes/publish", Map.of("type", "poll", "title", "Poll", "text", "x"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("declares no content type poll");

        String word = Agora.unique("pingword");
        long ping = publish(owner, "?space=" + slug, Map.of("type", "ping", "title", "Ping " + id, "text", word));
        assertThat(owner.get(space).body()).contains("Ping " + id);
        Page search = owner.get("/search?q=" + word).titled("Search");
        assertThat(search.text(".result-count")).startsWith("Nothing matches");
        assertThat(search.body()).doesNotContain("Ping " + id);
        assertThat(ping).isPositive();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
