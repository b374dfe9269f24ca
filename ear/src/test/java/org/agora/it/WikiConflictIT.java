package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** Two people edit the same wiki page at once: the second save loses nothing and overwrites nothing. */
@AgoraTest
class WikiConflictIT {

    /** @return the revision the page's edit form started from */
    private static String base(Page form) {
        String base = form.one("form input[name=base]").val();
        assertThat(base).matches("\\d+");
        return base;
    }

    @Test
    void theSecondSaveShowsBothVersionsWith409AndKeepsMineOnTopOfTheirsWhenAsked() {
        String id = Agora.unique("c");
        AgoraClient ada = TestAccounts.admin();
        AgoraClient bob = TestAccounts.member("Bob " + id, "bob." + id + "@agora.test");
        String title = "Shared plan " + id;
        String page = WikiIT.create(ada, "", title, "Step one");
        String edit = WikiIT.action(page, "edit");

        String adaBase = base(ada.get(edit).ok());
        String bobBase = base(bob.get(edit).ok());
        assertThat(bob.post(edit, Map.of("title", title, "text", "Step one\nStep by Bob", "comment", "bob",
                "base", bobBase)).status()).isEqualTo(303);

        Page conflict = ada.post(edit, Map.of("title", title, "text", "Step one\nStep by Ada", "comment", "ada",
                "base", adaBase));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body()).contains("Bob " + id + " saved this page while you were editing it")
                .contains("Step by Bob").contains("Step by Ada")
                .contains("Save my version on top of theirs").contains("Take theirs and drop mine");
        assertThat(ada.get(page).body()).as("theirs stays").contains("Step by Bob").doesNotContain("Step by Ada");

        String again = base(conflict);
        assertThat(again).isEqualTo("2");
        ada.get(page);
        Page kept = ada.post(edit, Map.of("title", title, "text", "Step one\nStep by Bob\nStep by Ada",
                "comment", "merged", "base", again));
        assertThat(kept.status()).isEqualTo(303);
        assertThat(ada.get(page).ok().text(".wiki .rich-text")).contains("Step by Bob").contains("Step by Ada");
        Page history = ada.get(WikiIT.action(page, "history")).ok();
        assertThat(history.text("tr[data-revision=3]")).contains("merged");
        assertThat(history.text("tr[data-revision=2]")).contains("bob");
    }
}
