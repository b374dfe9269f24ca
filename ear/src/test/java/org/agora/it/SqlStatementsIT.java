package org.agora.it;

import static org.agora.it.support.Posts.postId;
import static org.agora.it.support.Posts.comment;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.agora.it.support.Agora;
import org.agora.it.support.AgoraClient.FilePart;
import org.agora.it.support.AgoraClient;
import org.agora.it.support.AgoraTest;
import org.agora.it.support.Alone;
import org.agora.it.support.Page;
import org.agora.it.support.SampleFiles;
import org.agora.it.support.Spaces;
import org.agora.it.support.TestAccounts;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SQL statements behind the home feed, a space's page and a post's page do not grow with the number of posts or
 * comments they show: each kind of thing comes in one query per page, never one per post. The test server tells each
 * answer's statement count in a header (the {@code agora.diagnostics.sql.count} variable), and a page with twenty
 * posts that have everything (author, mention, hashtag, image, comments and a reply, reactions, a bookmark) must take
 * no more statements than the same page with one such post.
 */
@AgoraTest
// alone: its posts must stay on the first page of the home feed, which other classes' posts would push down
@Alone
class SqlStatementsIT {

    /** Room for statements that do not depend on the posts, such as a first visit's record. */
    private static final int SLACK = 2;

    // what the pages take with the reader's role, memberships and readable spaces read once per request and every
    // module installed (home 34 to 37, space 54 to 59, post 35 to 37, with what other tests left, such as
    // announcements; a space's page 67 once it also drew the modules' panels and its chat tab; home and post 42
    // once every page also read the reader's time zone, the company's, and the header's unread messages), and a
    // little room: more fails, as a regression to look at
    private static final int HOME_FEED = 45;
    private static final int SPACE_PAGE = 70;
    private static final int POST_PAGE = 45;

    private String id;
    private AgoraClient ada;
    private AgoraClient bob;
    private String space;

    @BeforeEach
    void publicSpaceWithAReader() {
        id = Agora.unique("sql");
        ada = TestAccounts.member("Ada Counter", "ada-" + id + "@agora.test");
        bob = TestAccounts.member("Bob Counter", "bob-" + id + "@agora.test");
        ada.get("/spaces");
        space = Spaces.create(ada, "Counted " + id, "PUBLIC");
        bob.get(space);
        assertThat(bob.post(space + "/join", Map.of()).status()).isEqualTo(303);
    }

    @Test
    void theHomeFeedTakesNoMoreStatementsForTwentyFullPostsThanForOne() {
        richPost(1);
        int one = statements(bob, "/", 1);
        for (int i = 2; i <= 21; i++) {
            richPost(i);
        }
        int twenty = statements(bob, "/", 20);
        assertThat(twenty).as("statements for 20 posts, against %d for 1", one).isLessThanOrEqualTo(one + SLACK)
                .isLessThanOrEqualTo(HOME_FEED);
        int top = statements(bob, "/?order=top", 0);
        assertThat(top).as("the order top, against %d for the order latest", twenty).isLessThanOrEqualTo(twenty + 10);
    }

    @Test
    void aSpacesPageTakesNoMoreStatementsForTwentyFullPostsThanForOne() {
        richPost(1);
        int one = statements(bob, space, 1);
        for (int i = 2; i <= 21; i++) {
            richPost(i);
        }
        assertThat(statements(bob, space, 20)).as("against %d for 1", one).isLessThanOrEqualTo(one + SLACK)
                .isLessThanOrEqualTo(SPACE_PAGE);
    }

    @Test
    void aPostsPageTakesNoMoreStatementsForTwentyCommentsThanForOne() {
        long post = richPost(1);
        int one = statements(bob, "/posts/" + post, 0);
        for (int i = 2; i <= 20; i++) {
            long comment = comment(bob, post, "Comment " + i + " " + id, null);
            comment(ada, post, "Reply " + i + " " + id, comment);
            assertThat(ada.post("/comments/" + comment + "/reactions", Map.of("kind", "LIKE")).status()).isEqualTo(303);
        }
        assertThat(statements(bob, "/posts/" + post, 0)).as("against %d for 1 comment", one)
                .isLessThanOrEqualTo(one + SLACK).isLessThanOrEqualTo(POST_PAGE);
    }

    /**
     * A post of Ada's in the space with everything a post can carry, commented, answered, liked and saved by Bob.
     *
     * @return its id
     */
    private long richPost(int n) {
        ada.get(space);
        String text = "Post " + n + " " + id + " for @bob-" + id + " about #counted" + id;
        Page posted = ada.postFiles(space + "/posts", Map.of("_csrf", ada.csrf(), "text", text),
                List.of(new FilePart("files", "plan.png", "image/png", SampleFiles.image("png", 40, 30))));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(303);
        long post = postId(ada.get(space).body(), "Post " + n + " " + id);
        long comment = comment(bob, post, "Comment on " + n, null);
        comment(ada, post, "Reply on " + n, comment);
        assertThat(bob.post("/posts/" + post + "/reactions", Map.of("kind", "LIKE")).status()).isEqualTo(303);
        assertThat(bob.post("/posts/" + post + "/bookmark", Map.of("saved", "true")).status()).isEqualTo(303);
        return post;
    }

    /** @return the statements the page took, read twice so that the count is that of an ordinary view */
    private int statements(AgoraClient client, String path, int posts) {
        client.getWithHeaders(path, "X-Agora-Count-Sql", "1");
        HttpResponse<String> page = client.getWithHeaders(path, "X-Agora-Count-Sql", "1");
        assertThat(page.statusCode()).isEqualTo(200);
        if (posts > 0) {
            assertThat(Jsoup.parse(page.body()).select("article.post").eachText().stream()
                    .filter(t -> t.contains(id)).count()).as("posts of this test on " + path)
                    .isGreaterThanOrEqualTo(posts);
        }
        String count = page.headers().firstValue("X-Agora-Sql-Statements").orElseThrow(
                () -> new AssertionError("the test server counts statements (agora.diagnostics.sql.count)"));
        System.out.printf("%s: %s SQL statements%n", path, count);
        return Integer.parseInt(count);
    }

}
