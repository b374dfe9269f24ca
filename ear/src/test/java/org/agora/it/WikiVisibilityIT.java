package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A private space's wiki is invisible to non-members: its pages, history, export, search results and cards. */
@AgoraTest
class WikiVisibilityIT {

    @Test
    void aPrivateSpacesWikiIsFoundByMembersAndByNobodyElse() {
        String id = Agora.unique("v");
        String word = "zanzibar" + id.substring(1);
        AgoraClient owner = TestAccounts.member("Olga " + id, "olga." + id + "@agora.test");
        AgoraClient outsider = TestAccounts.member("Otto " + id, "otto." + id + "@agora.test");
        String space = WikiIT.createSpace(owner, "Secret project " + id, "PRIVATE");
        String wiki = WikiIT.wikiOf(owner, space);
        String title = "Roadmap " + id;
        String page = WikiIT.create(owner, wiki, title, "The " + word + " launch is in May.");
        long item = WikiIT.contentId(owner, page);

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> owner.get("/search?q=" + word).body().contains(title));
        Page search = outsider.get("/search?q=" + word).titled("Search");
        assertThat(search.text(".result-count")).startsWith("Nothing matches " + word);
        assertThat(search.body()).doesNotContain(title);
        assertThat(owner.get(space).body()).contains(title);

        assertThat(outsider.get("/m/wiki/" + wiki).status()).isEqualTo(404);
        assertThat(outsider.get(page).status()).isEqualTo(404);
        assertThat(outsider.get(WikiIT.action(page, "history")).status()).isEqualTo(404);
        assertThat(outsider.get(WikiIT.action(page, "diff")).status()).isEqualTo(404);
        assertThat(outsider.get("/m/wiki/export" + wiki).status()).isEqualTo(404);
        assertThat(outsider.get(page.replaceAll("\\?.*", "")).status()).as("without its space").isEqualTo(404);
        assertThat(outsider.get("/posts/" + item).status()).as("its discussion").isEqualTo(404);
        assertThat(outsider.get("/").titled("Feed").body()).doesNotContain(title);
        assertThat(outsider.get("/m/wiki/").titled("Wiki").body()).as("not in the company wiki").doesNotContain(title);
    }
}
