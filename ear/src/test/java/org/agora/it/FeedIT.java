package org.agora.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Alone;
import org.agora.it.support.Page;
import org.agora.it.support.Posts;
import org.agora.it.support.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Writing posts in Markdown and reading the company feed, page by page. */
@AgoraTest
// alone: it pages through the company feed, where other classes' posts would come between its own
@Alone
class FeedIT {

    @Test
    void aMarkdownPostIsRenderedInTheFeed() {
        AgoraClient admin = TestAccounts.admin();
        String word = Agora.unique("release");
        admin.get("/");
        Page posted = admin.post("/posts", Map.of("text", "The **" + word + "** is out:\n\n- faster\n- safer"));
        assertThat(posted.status()).isEqualTo(303);
        Element text = newest(admin.get("/").titled("Feed"));
        assertThat(text.select("strong").text()).isEqualTo(word);
        assertThat(text.select("ul > li").eachText()).containsExactly("faster", "safer");
    }

    /** @return the text of the newest post card of a feed */
    private static Element newest(Page feed) {
        return feed.one(Posts.TEXT);
    }

    /** @return the texts of the post cards of a feed, newest first */
    private static List<String> cards(Page feed) {
        return feed.select(Posts.TEXT).eachText();
    }

    @Test
    void scriptsAndEventHandlersNeverComeBackAsMarkup() {
        AgoraClient admin = TestAccounts.admin();
        String word = Agora.unique("xss");
        admin.get("/");
        Page posted = admin.post("/posts", Map.of("text", word + " <script>alert('x')</script> "
                + "<img src=x onerror=alert(1)> [click](javascript:alert(2)) "
                + "<a href=\"#\" onclick=\"alert(3)\">a</a>"));
        assertThat(posted.status()).isEqualTo(303);
        Page feed = admin.get("/").titled("Feed");
        Element text = newest(feed);
        assertThat(text.text()).startsWith(word);
        assertThat(text.select("script, img, [onclick], [onerror], a[href^=javascript:]")).isEmpty();
        assertThat(feed.body()).doesNotContain("<script>alert").doesNotContain("<img src=x")
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
        Page feed = admin.get("/").titled("Feed");
        assertThat(feed.select("form.composer")).hasSize(1);
        assertThat(feed.body()).doesNotContain(tooLong.substring(0, 20));
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
        Page feed = admin.get("/").titled("Feed");
        assertThat(feed.select("form.composer")).hasSize(1);
        assertThat(feed.body()).doesNotContain(word);
    }

    @Test
    void olderPostsArePagedNewestFirstWithoutDuplicates() {
        AgoraClient admin = TestAccounts.admin();
        String prefix = Agora.unique("page");
        admin.get("/");
        for (int i = 1; i <= 25; i++) {
            assertThat(admin.post("/posts", Map.of("text", prefix + "-" + i + "-end")).status()).isEqualTo(303);
        }
        Page first = admin.get("/").titled("Feed");
        List<String> expected = new ArrayList<>();
        for (int i = 25; i >= 6; i--) {
            expected.add(prefix + "-" + i + "-end");
        }
        assertThat(cards(first)).as("20 a page, newest first").containsExactlyElementsOf(expected);
        String older = first.one("nav a[href^=/?before=]").attr("href");
        assertThat(older).matches("/\\?before=\\d+");
        // a post written meanwhile does not shift the next page
        assertThat(admin.post("/posts", Map.of("text", prefix + "-26-end")).status()).isEqualTo(303);
        Page second = admin.get(older).titled("Feed");
        assertThat(cards(second)).startsWith(prefix + "-5-end", prefix + "-4-end", prefix + "-3-end",
                prefix + "-2-end", prefix + "-1-end").doesNotContain(prefix + "-6-end", prefix + "-26-end");
    }

    @Test
    void aPostHasItsOwnPage() {
        AgoraClient admin = TestAccounts.admin();
        String word = Agora.unique("permalink");
        admin.get("/");
        assertThat(admin.post("/posts", Map.of("text", word)).status()).isEqualTo(303);
        Element card = admin.get("/").titled("Feed").one("article.post");
        assertThat(card.select(".card-body > .rich-text").text()).isEqualTo(word);
        String link = "/posts/" + card.id().substring("post-".length());
        assertThat(card.select("a[href=" + link + "]")).as("the card links to the post's page").isNotEmpty();
        Page page = admin.get(link).titled("Post");
        assertThat(page.text("#" + card.id() + " > .card-body > .rich-text")).isEqualTo(word);
    }

    @Test
    void thePreviewRendersMarkdownSafelyAndStoresNothing() {
        AgoraClient admin = TestAccounts.admin();
        String word = Agora.unique("preview");
        admin.get("/");
        Page preview = admin.post("/posts/preview", Map.of("text", "**" + word + "** <script>alert(1)</script>"));
        assertThat(preview.status()).isEqualTo(200);
        Document shown = Jsoup.parseBodyFragment(preview.body());
        assertThat(shown.select("strong").text()).isEqualTo(word);
        assertThat(shown.select("script")).isEmpty();
        assertThat(preview.body()).as("a fragment of the page, not a page").doesNotContain("<html")
                .doesNotContain("<script>");
        assertThat(admin.postRaw("/posts/preview", Map.of("text", word)).status()).isEqualTo(403);
        Page feed = admin.get("/").titled("Feed");
        assertThat(feed.select("form.composer")).hasSize(1);
        assertThat(feed.body()).doesNotContain(word);
    }
}
