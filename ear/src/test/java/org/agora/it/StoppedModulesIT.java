package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The content items of a module that an administrator disables leave the feed, search, hashtag and post pages,
 * whose cards would lead to pages that are gone, and come back with their comments when it is enabled again.
 */
@AgoraTest
@Alone
class StoppedModulesIT {

    private static final String ID = "shelf";
    private static PluginAdmin plugins;
    private static AgoraClient member;

    @BeforeAll
    static void install() {
        plugins = new PluginAdmin(TestAccounts.admin());
        plugins.install("shelf.jar", PluginJar.plugin(ID, "1.0.0").requires("^1.1.0")
                .extension(NotesPages.class).extension(NotesTypes.class).extension(NotesListener.class)
                .withClass(Json.class)
                .entry("i18n/messages.properties", "notes.type.note=Shelf note\nnotes.type.ping=Ping\n")
                .entry("templates/note.html", "<h1 class=\"note\" th:text=\"${note.title()}\">t</h1>\n").bytes());
        String id = Agora.unique("s");
        member = TestAccounts.member("Sheila Shelf " + id, "sheila-" + id + "@shelf.test");
    }

    @AfterAll
    static void remove() {
        plugins.remove(ID);
    }

    @Test
    void aDisabledModulesItemsAreHiddenEverywhereAndComeBackWhenItIsEnabled() {
        String word = Agora.unique("wombat").replaceAll("[^a-z0-9]", "");
        member.get("/");
        Page published = member.post("/m/" + ID + "/publish", Map.of("title", "Shelved " + word, "slug", word,
                "text", "About the " + word + " #" + word));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(published.body());
        assertThat(id.find()).isTrue();
        String post = "/posts/" + id.group(1);

        assertVisible(word, post, true);
        assertThat(plugins.press(ID, "disable", Map.of()).status()).isEqualTo(303);
        assertVisible(word, post, false);
        assertThat(plugins.press(ID, "enable", Map.of()).status()).isEqualTo(303);
        assertVisible(word, post, true);
    }

    private static void assertVisible(String word, String post, boolean shown) {
        String title = "Shelved " + word;
        Page home = member.get("/").titled("Feed");
        Page search = member.get("/search?q=" + word).titled("Search");
        Page hashtag = member.get("/hashtags/" + word).titled("#" + word);
        if (shown) {
            assertThat(home.body()).as("home feed").contains(title);
            assertThat(search.body()).as("search").contains(title);
            assertThat(hashtag.body()).as("hashtag").contains(title);
            assertThat(member.get(post).status()).as("post page").isEqualTo(200);
        } else {
            assertThat(home.body()).as("home feed").doesNotContain(title);
            assertThat(search.text(".result-count")).as("search").startsWith("Nothing matches");
            assertThat(search.body()).as("search").doesNotContain(title);
            assertThat(hashtag.text(".post-count")).as("hashtag").isEqualTo("0 posts");
            assertThat(hashtag.body()).as("hashtag").doesNotContain(title);
            assertThat(member.get(post).status()).as("post page").isEqualTo(404);
        }
    }
}
