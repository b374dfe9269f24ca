package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** The wiki plugin, installed with Agora, shows pages from its own templates and refuses bad input. */
@AgoraTest
class WikiPagesIT {

    @Test
    void theWikiCreatesAndShowsAMarkdownPageFromItsOwnTemplates() {
        AgoraClient admin = TestAccounts.admin();
        Page home = admin.get("/m/wiki/").titled("Wiki");
        assertThat(home.text()).contains("New page");
        assertThat(home.one(".agora-menu a.nav-link[href=/m/wiki/]").hasClass("active")).as("the menu marks the wiki")
                .isTrue();

        admin.get("/m/wiki/new");
        String title = "Onboarding " + Agora.unique("guide");
        Page saved = admin.post("/m/wiki/new",
                Map.of("title", title, "text", "# Welcome\n\nRead **this** first. <script>alert(1)</script>"));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).startsWith("/m/wiki/page/onboarding-guide");
        Page page = admin.get(saved.location()).titled(title);
        assertThat(page.text(".wiki .rich-text h2")).isEqualTo("Welcome");
        assertThat(page.text(".wiki .rich-text strong")).isEqualTo("this");
        assertThat(page.select(".wiki .rich-text script")).isEmpty();
        assertThat(page.text()).contains(TestAccounts.ADMIN_NAME);
        assertThat(page.body()).doesNotContain("<script>alert");
        assertThat(admin.get("/m/wiki/").titled("Wiki").select("a:contains(" + title + ")")).isNotEmpty();
    }

    @Test
    void theWikiRefusesBadInputAndForgedForms() {
        AgoraClient admin = TestAccounts.admin();
        admin.get("/m/wiki/new");
        Page noTitle = admin.post("/m/wiki/new", Map.of("title", " ", "text", "kept text"));
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.text()).contains("Give the page a title.");
        assertThat(noTitle.one("form.wiki-editor textarea[name=text]").wholeText()).isEqualTo("kept text");
        Page forged = admin.postRaw("/m/wiki/new", Map.of("title", "Forged", "text", "x"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(admin.get("/m/wiki/page/no-such-page").status()).isEqualTo(404);
    }
}
