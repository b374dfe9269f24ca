package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Alone;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.awaitility.Awaitility;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Search over posts through the Lucene index, and its rebuild from the database by an administrator. */
@AgoraTest
@Alone
class SearchIT {

    @Test
    void aPostIsFoundByItsWordsWithHighlightedSnippets() {
        AgoraClient admin = TestAccounts.admin();
        String word = Agora.unique("kiwi");
        admin.get("/");
        assertThat(admin.post("/posts", Map.of("text", "Our **" + word + "** deployments <b>went</b> well")).status())
                .isEqualTo(303);
        Page results = admin.get("/search?q=" + word).titled("Search");
        assertThat(results.text(".result-count")).isEqualTo("1 post found");
        Element snippet = results.one(".search-hit .snippet");
        assertThat(snippet.select("mark").eachText()).as("the word highlighted").containsExactly(word);
        assertThat(snippet.select("b")).as("the post's markup is not the snippet's").isEmpty();
        assertThat(results.body()).doesNotContain("<b>went</b>");
        assertThat(admin.get("/search?q=deployment+" + word).body()).as("stemmed").contains("1 post found");
        assertThat(admin.get("/search?q=" + word + "+-deployments").body()).contains("Nothing matches");
    }

    @Test
    void anAdministratorRebuildsTheIndexAsABatchJobWhileSearchKeepsAnswering() {
        AgoraClient admin = TestAccounts.admin();
        String word = Agora.unique("rebuilt");
        admin.get("/");
        assertThat(admin.post("/posts", Map.of("text", "Still found after the rebuild: " + word)).status())
                .isEqualTo(303);
        assertThat(admin.get("/admin/search").body()).contains("Rebuild the search index");
        Page started = admin.post("/admin/search/rebuild", Map.of());
        assertThat(started.status()).as(started.toString()).isEqualTo(303);
        assertThat(admin.get("/search?q=" + word).body()).as("while it runs").contains("1 post found");
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> admin.get("/admin/search").body().contains("Rebuilt:"));
        assertThat(admin.get("/admin/search").ok().one("[role=progressbar]").attr("aria-valuenow")).isEqualTo("100");
        assertThat(admin.get("/search?q=" + word).body()).contains("1 post found");

        AgoraClient member = TestAccounts.member("Max Member", Agora.unique("max") + "@rebuild.test");
        assertThat(member.get("/admin/search").status()).isEqualTo(403);
    }

    @Test
    void oddQueriesAnswerWithoutError() {
        AgoraClient admin = TestAccounts.admin();
        for (String q : new String[] {"%22unclosed", "AND+(", "***", "%3Cscript%3E", "a".repeat(500)}) {
            Page page = admin.get("/search?q=" + q).titled("Search");
            assertThat(page.body()).doesNotContain("<script>").doesNotContain("Exception");
        }
    }
}
