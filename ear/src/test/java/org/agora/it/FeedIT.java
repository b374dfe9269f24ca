package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Page;
import org.agora.it.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** Writing posts in Markdown and reading the company feed, page by page. */
@AgoraTest
class FeedIT {

    @Test
    void aMarkdownPostIsRenderedInTheFeed() {
        AgoraClient admin = TestAccounts.admin();
        String word = Agora.unique("release");
        admin.get("/");
        Page posted = admin.post("/posts", Map.of("text", "The **" + word + "** is out:\n\n- faster\n- safer"));
        assertThat(posted.status()).isEqualTo(303);
        Page feed = admin.get("/");
        assertThat(feed.body()).contains("<strong>" + word + "</strong>").contains("<li>faster</li>");
    }

    @Test
    void scriptsAndEventHandlersNeverComeBackAsMarkup() {
        AgoraClient admin = TestAccounts.admin();
        String word = Agora.unique("xss");
        admin.get("/");
        admin.post("/posts", Map.of("text", word + " <script>alert('x')</script> <img src=x onerror=alert(1)> "
                + "[click](javascript:alert(2)) <a href=\"#\" onclick=\"alert(3)\">a</a>"));
        String feed = admin.get("/").body();
        assertThat(feed).contains(word).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .doesNotContain("href=\"javascript:").doesNotContain("onclick=\"alert");
    }

    @Test
    void emptyAndOverLongPostsAreRefusedAndTheTextIsKept() {
        AgoraClient admin = TestAccounts.admin();
        admin.get("/");
        Page empty = admin.post("/posts", Map.of("text", "   "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("Write something before posting.");

        String tooLong = Agora.unique("long") + " " + "x".repeat(5100);
        Page refused = admin.post("/posts", Map.of("text", tooLong));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("at most 5,000 characters").contains(tooLong);
        assertThat(admin.get("/").body()).doesNotContain(tooLong.substring(0, 20));
    }

    @Test
    void postsWithoutOrWithAWrongCsrfTokenAreRefused() {
        AgoraClient admin = TestAccounts.admin();
        String word = Agora.unique("forged");
        Page missing = admin.postRaw("/posts", Map.of("text", word));
        assertThat(missing.status()).isEqualTo(403);
        assertThat(missing.body()).contains("Form expired").doesNotContain("Exception");
        Page wrong = admin.postRaw("/posts", Map.of("_csrf", "not-the-token", "text", word));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(admin.get("/").body()).doesNotContain(word);
    }

    @Test
    void olderPostsArePagedNewestFirstWithoutDuplicates() {
        AgoraClient admin = TestAccounts.admin();
        String prefix = Agora.unique("page");
        admin.get("/");
        for (int i = 1; i <= 25; i++) {
            assertThat(admin.post("/posts", Map.of("text", prefix + "-" + i + "-end")).status()).isEqualTo(303);
        }
        Page first = admin.get("/");
        assertThat(first.body()).contains(prefix + "-25-end").contains(prefix + "-6-end")
                .doesNotContain(prefix + "-5-end");
        assertThat(first.body().indexOf(prefix + "-25-end")).isLessThan(first.body().indexOf(prefix + "-24-end"));
        String older = first.body().replaceAll("(?s).*href=\"(/\\?before=\\d+)\".*", "$1");
        assertThat(older).startsWith("/?before=");
        // a post written meanwhile does not shift the next page
        admin.post("/posts", Map.of("text", prefix + "-26-end"));
        Page second = admin.get(older);
        assertThat(second.body()).contains(prefix + "-5-end").contains(prefix + "-1-end")
                .doesNotContain(prefix + "-6-end").doesNotContain(prefix + "-26-end");
    }

    @Test
    void aPostHasItsOwnPage() {
        AgoraClient admin = TestAccounts.admin();
        String word = Agora.unique("permalink");
        admin.get("/");
        admin.post("/posts", Map.of("text", word));
        String feed = admin.get("/").body();
        java.util.regex.Matcher newest = java.util.regex.Pattern.compile("href=\"(/posts/\\d+)\"").matcher(feed);
        assertThat(newest.find()).isTrue();
        String link = newest.group(1);
        assertThat(link).startsWith("/posts/");
        assertThat(admin.get(link).body()).contains(word);
    }

    @Test
    void thePreviewRendersMarkdownSafelyAndStoresNothing() {
        AgoraClient admin = TestAccounts.admin();
        String word = Agora.unique("preview");
        admin.get("/");
        Page preview = admin.post("/posts/preview", Map.of("text", "**" + word + "** <script>alert(1)</script>"));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("<strong>" + word + "</strong>").doesNotContain("<script>")
                .doesNotContain("<html");
        assertThat(admin.postRaw("/posts/preview", Map.of("text", word)).status()).isEqualTo(403);
        assertThat(admin.get("/").body()).doesNotContain(word);
    }
}
